package layers.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import layers.grading.batch.CourseLayout;
import layers.grading.batch.Gradebook;
import layers.grading.batch.Scratch;
import layers.grading.release.Release;

/**
 * How long the class gradebook takes: makes {@code N} synthetic submissions of every exercise (a fifth each of
 * correct, untouched stubs, wrong, not compiling, and looping on one test), grades them as {@code ./course grade
 * DIR} would, and prints the time per submission.
 *
 * <pre>
 * java -cp bench/target/classes:kernel-lib/target/classes:kernel-lib/target/lib/* \
 *   layers.bench.GradebookBench [--root DIR] [--students N] [--jobs N]
 * </pre>
 * Needs {@code solutions/target/test-classes} (a built course).
 */
public final class GradebookBench {

    private GradebookBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        int students = 30;
        int jobs = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--students" -> students = Integer.parseInt(args[++i]);
                case "--jobs" -> jobs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        CourseLayout layout = new CourseLayout(root);
        try (Scratch scratch = Scratch.create("layers-gradebook-bench")) {
            Path submissions = scratch.path().resolve("submissions");
            for (int s = 0; s < students; s++) {
                writeSubmission(layout.root(), submissions.resolve(String.format("student%02d", s)), s % 5);
            }
            Gradebook.Settings settings = new Gradebook.Settings(Duration.ofSeconds(2), Duration.ofMinutes(2), jobs);
            long start = System.nanoTime();
            List<Gradebook.StudentResult> results = new Gradebook(layout, layout.solutionsTestClasses(), settings,
                    scratch.path().resolve("work")).grade(submissions, message -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] each = results.stream().mapToDouble(r -> r.took().toMillis() / 1000.0).sorted().toArray();
            System.out.printf("graded %d submissions of %d exercises in %.1f s with %d jobs: %.2f s per submission"
                            + " (wall clock / submissions); one submission alone: median %.2f s, max %.2f s%n",
                    results.size(), results.get(0).entries().size(), seconds, jobs, seconds / results.size(),
                    each[each.length / 2], each[each.length - 1]);
            results.stream().limit(5).forEach(r -> System.out.println("  " + r.student() + ": " + r.points() + "/"
                    + r.possible() + "  " + r.entries().stream().map(Gradebook.Entry::note)
                    .filter(n -> !n.isEmpty()).findFirst().orElse("")));
        }
    }

    /** A copy of the course's sources, as the student of this kind would hand it in. */
    private static void writeSubmission(Path root, Path folder, int kind) throws IOException {
        Path sources = folder.resolve("src/main/java");
        if (kind == 1) {
            String prefix = "exercises/src/main/java/";
            for (Map.Entry<String, byte[]> file : new Release(root).plan().entrySet()) {
                if (file.getKey().startsWith(prefix)) {
                    Path target = sources.resolve(file.getKey().substring(prefix.length()));
                    Files.createDirectories(target.getParent());
                    Files.write(target, file.getValue());
                }
            }
            return;
        }
        UnaryOperator<String> change = switch (kind) {
            case 2 -> s -> s.replace("total = Math.addExact(total, amount);", "total += amount;")
                    .replace("(b & 0xff) >>> 4", "(b & 0xff) >>> 5");
            case 3 -> s -> s.replace("return total;", "return total").replace("return hex.toString();",
                    "return hex.toString()");
            case 4 -> s -> s.replace("long total = 0;", "long total = 0;\n        while (amounts.length == 0) { }");
            default -> s -> s;
        };
        Path from = root.resolve("solutions/src/main/java");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = sources.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.writeString(target, change.apply(Files.readString(file)));
            }
        }
    }
}
