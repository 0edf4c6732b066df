package layers.grading.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Makes the learners' files from the instructor's, the only way they are ever made.
 *
 * <table>
 *   <caption>What release writes, from what</caption>
 *   <tr><th>from (solutions/)</th><th>to</th><th>how</th></tr>
 *   <tr><td>{@code src/main/java/layers/exercises/**}</td><td>{@code exercises/src/main/java/...}</td>
 *       <td>solution regions replaced by stubs ({@link SolutionRegions})</td></tr>
 *   <tr><td>{@code src/test/java/layers/exercises/**}</td><td>{@code exercises/src/test/java/...}</td>
 *       <td>hidden tests removed ({@link HiddenTests})</td></tr>
 *   <tr><td>{@code src/{main,test}/resources/layers/exercises/**}</td><td>{@code exercises/src/...}</td>
 *       <td>copied</td></tr>
 *   <tr><td>{@code notebooks/NN-name.md}</td><td>{@code notebooks/NN-name.ipynb}</td>
 *       <td>learners' notebook, solution regions stubbed</td></tr>
 *   <tr><td>{@code notebooks/NN-name.md}</td><td>{@code solutions/notebooks/NN-name.ipynb}</td>
 *       <td>solved notebook</td></tr>
 * </table>
 *
 * <p>Release owns its outputs: in those places a file it does not produce is deleted by {@link #write} and reported
 * by {@link #check}. Only packages under {@code layers/exercises} are released, so instructor-only tests of the
 * course itself can live in {@code solutions} in other packages.
 */
public final class Release {

    private static final String EXERCISES_PACKAGE = "layers/exercises";
    private static final List<String> SOURCE_TREES = List.of("src/main/java", "src/test/java", "src/main/resources",
            "src/test/resources");

    private final Path root;

    public Release(Path root) {
        this.root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.root.resolve("solutions"))) {
            throw new IllegalArgumentException(this.root + " is not the course's root: it has no solutions/ directory");
        }
    }

    /** Every file release produces, by path relative to the root (with '/'), in order. */
    public SortedMap<String, byte[]> plan() {
        SortedMap<String, byte[]> outputs = new TreeMap<>();
        for (String tree : SOURCE_TREES) {
            Path from = root.resolve("solutions").resolve(tree).resolve(EXERCISES_PACKAGE);
            for (Path file : filesUnder(from)) {
                String relative = "exercises/" + tree + "/" + EXERCISES_PACKAGE + "/" + slashes(from.relativize(file));
                String where = slashes(root.relativize(file));
                byte[] content = read(file);
                if (file.toString().endsWith(".java") && tree.equals("src/main/java")) {
                    outputs.put(relative, utf8(SolutionRegions.stub(text(content), where)));
                } else if (file.toString().endsWith(".java") && tree.equals("src/test/java")) {
                    HiddenTests.strip(text(content), where).ifPresent(s -> outputs.put(relative, utf8(s)));
                } else {
                    outputs.put(relative, content);
                }
            }
        }
        Path notebooks = root.resolve("solutions/notebooks");
        for (Path source : filesUnder(notebooks)) {
            String name = source.getFileName().toString();
            if (!name.endsWith(".md") || !source.getParent().equals(notebooks)) {
                continue;
            }
            String stem = name.substring(0, name.length() - 3);
            String where = slashes(root.relativize(source));
            List<NotebookCell> cells = MarkdownNotebook.parse(text(read(source)), where);
            outputs.put("notebooks/" + stem + ".ipynb", utf8(NotebookJson.write(
                    transform(cells, where, true), stem)));
            outputs.put("solutions/notebooks/" + stem + ".ipynb", utf8(NotebookJson.write(
                    transform(cells, where, false), stem)));
        }
        return outputs;
    }

    /** Writes what differs and deletes what release no longer produces; returns what it changed. */
    public List<String> write() {
        SortedMap<String, byte[]> plan = plan();
        List<String> changes = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> output : plan.entrySet()) {
                Path target = root.resolve(output.getKey());
                if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), output.getValue())) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.write(target, output.getValue());
                changes.add("wrote " + output.getKey());
            }
            for (String stale : owned()) {
                if (!plan.containsKey(stale)) {
                    Files.delete(root.resolve(stale));
                    changes.add("deleted " + stale);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changes;
    }

    /**
     * Whether the files on disk are exactly what release produces: empty if so, else a message naming the first
     * file that differs and its first differing line.
     */
    public Optional<String> check() {
        SortedMap<String, byte[]> plan = plan();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> output : plan.entrySet()) {
            Path target = root.resolve(output.getKey());
            if (!Files.exists(target)) {
                problems.add(output.getKey() + " is missing");
                continue;
            }
            byte[] actual = read(target);
            if (!Arrays.equals(actual, output.getValue())) {
                problems.add(FirstDifference.describe(output.getKey(), text(output.getValue()), text(actual)));
            }
        }
        for (String stale : owned()) {
            if (!plan.containsKey(stale)) {
                problems.add(stale + " should not exist: release no longer produces it");
            }
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        String more = problems.size() > 1 ? "\n(and " + (problems.size() - 1) + " more file"
                + (problems.size() > 2 ? "s" : "") + " differ)" : "";
        return Optional.of(problems.get(0) + more + "\nRun ./course release and commit the result.");
    }

    /** The files now in the places release owns. */
    private TreeSet<String> owned() {
        TreeSet<String> owned = new TreeSet<>();
        for (String tree : SOURCE_TREES) {
            for (Path file : filesUnder(root.resolve("exercises").resolve(tree).resolve(EXERCISES_PACKAGE))) {
                owned.add(slashes(root.relativize(file)));
            }
        }
        for (String dir : List.of("notebooks", "solutions/notebooks")) {
            Path notebooks = root.resolve(dir);
            for (Path file : filesUnder(notebooks)) {
                if (file.getParent().equals(notebooks) && file.toString().endsWith(".ipynb")) {
                    owned.add(slashes(root.relativize(file)));
                }
            }
        }
        return owned;
    }

    private static List<NotebookCell> transform(List<NotebookCell> cells, String where, boolean learnerVersion) {
        List<NotebookCell> out = new ArrayList<>();
        for (NotebookCell cell : cells) {
            if (!cell.code()) {
                out.add(cell);
                continue;
            }
            String at = where + " (cell at line " + cell.line() + ")";
            String source = learnerVersion ? SolutionRegions.stub(cell.source(), at)
                    : SolutionRegions.solve(cell.source(), at);
            out.add(new NotebookCell(true, source, cell.line()));
        }
        return out;
    }

    private static List<Path> filesUnder(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains(".ipynb_checkpoints"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
