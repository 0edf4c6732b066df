package layers.grading.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import layers.grading.batch.CourseLayout;
import layers.grading.batch.Gradebook;
import layers.grading.batch.GradebookCsv;
import layers.grading.batch.GradebookHtml;
import layers.grading.batch.Scratch;

/**
 * {@code ./course grade SUBMISSIONS_DIR}: grades a class. SUBMISSIONS_DIR holds one folder per student, each a copy
 * of the {@code exercises} module's sources ({@code src/main/java/...}) or of the whole course
 * ({@code exercises/src/main/java/...}). Every student is graded against the instructor's tests, hidden ones
 * included, and {@code gradebook.csv} and {@code gradebook.html} are written (into SUBMISSIONS_DIR unless
 * {@code --out} says otherwise).
 *
 * <pre>
 * java -cp KERNEL_LIB layers.grading.cli.GradebookCommand [--root DIR] [--tests DIR] [--out DIR]
 *      [--per-test 2s] [--per-student 2m] [--jobs N] SUBMISSIONS_DIR
 * </pre>
 * Needs kernel-lib and its dependencies on the class path, and the instructor's compiled tests in
 * {@code solutions/target/test-classes} ({@code mvn -q -DskipTests package}), or wherever {@code --tests} points.
 * Whatever else of the course is on the class path is ignored: the students' missing files fall back to the
 * learners' stubs, compiled afresh, never to the reference solutions. Exit status: 0 written, 1 could not grade,
 * 2 usage error.
 */
public final class GradebookCommand {

    static final Set<String> OPTIONS = Set.of("--root", "--tests", "--out", "--per-test", "--per-student", "--jobs");
    private static final String USAGE = "usage: GradebookCommand [--root DIR] [--tests DIR] [--out DIR]"
            + " [--per-test 2s] [--per-student 2m] [--jobs N] SUBMISSIONS_DIR";

    private GradebookCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        try {
            CommandLine line = CommandLine.parse(args, OPTIONS, Set.of());
            if (line.positional().size() != 1) {
                throw new CommandLine.UsageError("name one submissions directory");
            }
            Path submissions = Path.of(line.positional().get(0)).toAbsolutePath().normalize();
            if (!Files.isDirectory(submissions)) {
                throw new CommandLine.UsageError(submissions + " is not a directory");
            }
            CourseLayout layout = new CourseLayout(line.root("solutions"));
            Path tests = Path.of(line.option("--tests", layout.solutionsTestClasses().toString()));
            if (!Files.exists(tests)) {
                System.err.println("gradebook: no compiled tests at " + tests
                        + "; build them first: mvn -q -DskipTests package");
                return 1;
            }
            Path out = Path.of(line.option("--out", submissions.toString()));
            Gradebook.Settings defaults = Gradebook.Settings.defaults();
            Gradebook.Settings settings = new Gradebook.Settings(line.duration("--per-test", defaults.perTest()),
                    line.duration("--per-student", defaults.perStudent()), line.integer("--jobs", defaults.jobs()));
            System.setProperty("java.awt.headless", "true");
            List<Gradebook.StudentResult> results;
            try (Scratch scratch = Scratch.create("layers-gradebook")) {
                results = new Gradebook(layout, tests, settings, scratch.path())
                        .grade(submissions, message -> System.err.println("gradebook: " + message));
            }
            Files.createDirectories(out);
            GradebookCsv.write(results, out.resolve("gradebook.csv"));
            GradebookHtml.write(results, out.resolve("gradebook.html"));
            System.out.println(GradebookHtml.summary(results).printAll());
            System.out.println("gradebook: wrote " + out.resolve("gradebook.csv") + " and "
                    + out.resolve("gradebook.html"));
            return 0;
        } catch (CommandLine.UsageError e) {
            System.err.println("gradebook: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (Exception e) {
            System.err.println("gradebook: could not grade: " + e.getMessage());
            return 1;
        }
    }
}
