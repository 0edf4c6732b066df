package layers.grading.batch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import layers.grading.GradedTest;
import layers.grading.Outcome;
import layers.grading.TestResult;

/**
 * What a test JVM tells the JVM that started it, one line per event, written and flushed as it happens: if the
 * test JVM dies, everything it had to say up to that moment is on disk.
 *
 * <p>A file, not the test JVM's standard output, because the code under test prints there too. Lines are fields
 * separated by tabs, with tabs, newlines and backslashes escaped:
 * <pre>
 * EXERCISE id title implementation-class
 * TEST     id key name points hidden
 * START    id key
 * RESULT   id key name outcome points possible hidden message
 * DONE
 * </pre>
 */
public final class ResultsFile {

    private ResultsFile() {
    }

    /** An exercise as the test JVM found it: what the tests are, and which class they grade. */
    public record PlannedExercise(String id, String title, String implementationClass, List<GradedTest> tests) {
    }

    /** Everything a test JVM wrote. */
    public record Contents(Map<String, PlannedExercise> exercises, Map<String, TestResult> results,
                           List<String> startedKeys, boolean done) {

        /** The test that started and never ended, or null: the one that ended the JVM. */
        public String unfinishedKey() {
            for (int i = startedKeys.size() - 1; i >= 0; i--) {
                if (!results.containsKey(startedKeys.get(i))) {
                    return startedKeys.get(i);
                }
            }
            return null;
        }
    }

    /** Appends events to a results file. */
    public static final class Writer implements Closeable {
        private final BufferedWriter out;

        public Writer(Path file) throws IOException {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        public void exercise(String id, String title, String implementationClass) {
            line("EXERCISE", id, title, implementationClass);
        }

        public void test(String exerciseId, GradedTest test) {
            line("TEST", exerciseId, test.key(), test.name(), Integer.toString(test.points()),
                    Boolean.toString(test.hidden()));
        }

        public void started(String exerciseId, GradedTest test) {
            line("START", exerciseId, test.key());
        }

        public void finished(String exerciseId, TestResult r) {
            line("RESULT", exerciseId, r.key(), r.name(), r.outcome().name(), Integer.toString(r.earned()),
                    Integer.toString(r.possible()), Boolean.toString(r.hidden()), r.message());
        }

        public void done() {
            line("DONE");
        }

        private synchronized void line(String... fields) {
            try {
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) {
                        out.write('\t');
                    }
                    out.write(escape(fields[i]));
                }
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Reads a results file; a missing file reads as empty, and a torn last line is ignored. */
    public static Contents read(Path file) throws IOException {
        Map<String, PlannedExercise> exercises = new LinkedHashMap<>();
        Map<String, List<GradedTest>> tests = new LinkedHashMap<>();
        Map<String, TestResult> results = new LinkedHashMap<>();
        List<String> started = new ArrayList<>();
        boolean done = false;
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = unescape(f[i]);
            }
            switch (f[0]) {
                case "EXERCISE" -> {
                    if (f.length == 4) {
                        List<GradedTest> list = tests.computeIfAbsent(f[1], id -> new ArrayList<>());
                        exercises.putIfAbsent(f[1], new PlannedExercise(f[1], f[2], f[3], list));
                    }
                }
                case "TEST" -> {
                    if (f.length == 6 && tests.containsKey(f[1])
                            && tests.get(f[1]).stream().noneMatch(t -> t.key().equals(f[2]))) {
                        tests.get(f[1]).add(new GradedTest(f[2], f[3], Integer.parseInt(f[4]),
                                Boolean.parseBoolean(f[5])));
                    }
                }
                case "START" -> {
                    if (f.length == 3) {
                        started.add(f[2]);
                    }
                }
                case "RESULT" -> {
                    if (f.length == 9) {
                        results.put(f[2], new TestResult(f[2], f[3], Outcome.valueOf(f[4]), Integer.parseInt(f[5]),
                                Integer.parseInt(f[6]), Boolean.parseBoolean(f[7]), f[8]));
                    }
                }
                case "DONE" -> done = true;
                default -> {
                    // a line torn by the JVM's end
                }
            }
        }
        return new Contents(exercises, results, started, done);
    }

    static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
