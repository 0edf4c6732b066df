package layers.grading.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import layers.grading.Durations;
import layers.grading.GradeReport;
import layers.grading.GradedTest;
import layers.grading.TestResult;

/**
 * Grades code in JVMs of its own, so that nothing the code does (exit, loop forever, exhaust memory, crash) can
 * reach the JVM that asked.
 *
 * <p>When a test JVM ends before its tests do, the test it was running fails with what happened (for example
 * "your code called System.exit(3)") and a new JVM runs the remaining tests; so one bad test costs its own points
 * and no others. All the JVMs of one grading share a wall-clock limit; tests that it leaves unrun fail as "not run".
 */
public final class IsolatedGrading {

    /**
     * What a grading found.
     *
     * @param exercises every exercise and its tests on the class path, by id
     * @param reports   one report per exercise graded, by id
     * @param problem   why some tests did not run, or null
     */
    public record Result(Map<String, ResultsFile.PlannedExercise> exercises, Map<String, GradeReport> reports,
                         String problem) {
    }

    private IsolatedGrading() {
    }

    /**
     * The exercises and tests a test JVM with this class path finds, without running any.
     *
     * @throws IllegalStateException with the JVM's output when it cannot list them
     */
    public static Map<String, ResultsFile.PlannedExercise> plan(List<Path> classpath, Path workDir, Duration limit)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path results = workDir.resolve("plan.tsv");
        TestJvm.Exit exit = TestJvm.run(classpath, List.of("--results", results.toString(), "--plan-only"),
                workDir, limit);
        ResultsFile.Contents contents = ResultsFile.read(results);
        if (!contents.done()) {
            throw new IllegalStateException("the test JVM could not list the exercises (exit status " + exit.status()
                    + "):\n" + exit.output());
        }
        return contents.exercises();
    }

    /**
     * Runs the tests of the exercises on {@code classpath} (all, or those in {@code only}) against the learner's
     * classes on it; lists every exercise on it either way.
     */
    public static Result grade(List<Path> classpath, Path workDir, Duration perTest, Duration wallClock,
                               List<String> only) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Instant deadline = Instant.now().plus(wallClock);
        Map<String, ResultsFile.PlannedExercise> exercises = null;
        Map<String, TestResult> results = new LinkedHashMap<>();
        String problem = null;
        for (int attempt = 1; ; attempt++) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                problem = outOfTime(wallClock);
                break;
            }
            Path resultsFile = workDir.resolve("results-" + attempt + ".tsv");
            Path skipFile = workDir.resolve("skip-" + attempt + ".txt");
            Files.write(skipFile, results.keySet());
            List<String> arguments = new ArrayList<>(List.of("--results", resultsFile.toString(),
                    "--per-test", Long.toString(perTest.toMillis()), "--skip", skipFile.toString()));
            only.forEach(id -> arguments.addAll(List.of("--only", id)));
            TestJvm.Exit exit = TestJvm.run(classpath, arguments, workDir, left);
            ResultsFile.Contents contents = ResultsFile.read(resultsFile);
            if (exercises == null && !contents.exercises().isEmpty()) {
                exercises = contents.exercises();
            }
            int before = results.size();
            results.putAll(contents.results());
            if (contents.done()) {
                break;
            }
            if (exit.outOfTime()) {
                problem = outOfTime(wallClock);
                break;
            }
            String unfinished = contents.unfinishedKey();
            GradedTest culprit = unfinished == null || exercises == null ? null : find(exercises, unfinished);
            if (culprit != null) {
                results.put(unfinished, TestResult.failed(culprit, endedBy(exit.status())));
            } else if (results.size() == before && exit.status() != TestRunner.EXIT_ABANDONED_THREAD) {
                problem = "the test JVM ended early (exit status " + exit.status() + ")"
                        + (exit.output().isBlank() ? "" : ": " + lastLines(exit.output()));
                break;
            }
        }
        Map<String, GradeReport> reports = new LinkedHashMap<>();
        if (exercises != null) {
            for (ResultsFile.PlannedExercise exercise : exercises.values()) {
                if (!only.isEmpty() && !only.contains(exercise.id())) {
                    continue;
                }
                List<TestResult> rows = new ArrayList<>();
                for (GradedTest test : exercise.tests()) {
                    TestResult result = results.get(test.key());
                    rows.add(result != null ? result
                            : TestResult.failed(test, "not run" + (problem == null ? "" : ": " + problem)));
                }
                reports.put(exercise.id(), GradeReport.of(exercise.id(), exercise.title(), rows));
            }
        }
        return new Result(exercises == null ? Map.of() : exercises, reports, problem);
    }

    private static GradedTest find(Map<String, ResultsFile.PlannedExercise> exercises, String key) {
        return exercises.values().stream().flatMap(e -> e.tests().stream())
                .filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }

    /** What ending the JVM with this status means, said to the learner. */
    static String endedBy(int status) {
        if (status > 128 && status < 160) {
            int signal = status - 128;
            return "your code ended the test JVM: it was killed by signal " + signal
                    + (signal == 9 ? " (out of memory?)" : signal == 6 || signal == 11 ? " (a crash)" : "");
        }
        return "your code called System.exit(" + status + ")";
    }

    private static String outOfTime(Duration wallClock) {
        return "grading this code took longer than " + Durations.describe(wallClock) + " in all";
    }

    private static String lastLines(String output) {
        String[] lines = output.strip().split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 5), lines.length));
    }
}
