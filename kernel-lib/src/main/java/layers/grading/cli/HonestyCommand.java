package layers.grading.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import layers.grading.batch.CourseLayout;
import layers.grading.batch.HonestyCheck;
import layers.grading.batch.Scratch;

/**
 * The tests' honesty check, run by {@code ./course test} after {@code mvn verify}: every graded test must fail
 * against the learners' unmodified stubs (see {@link HonestyCheck}). That every test passes against the reference
 * solutions is {@code mvn verify} of {@code solutions} itself, which runs them all, hidden ones included.
 *
 * <pre>
 * java -cp KERNEL_LIB layers.grading.cli.HonestyCommand [--root DIR] [--tests DIR] [--per-test 2s]
 * </pre>
 * It compiles the stubs itself (from {@code solutions/} by the release rules) and takes the instructor's compiled
 * tests from {@code solutions/target/test-classes} unless {@code --tests} says otherwise.
 * Exit status: 0 honest, 1 a test passes on a stub (each is named) or something is missing, 2 usage error.
 */
public final class HonestyCommand {

    private static final String USAGE = "usage: HonestyCommand [--root DIR] [--tests DIR] [--per-test 2s]";

    private HonestyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        try {
            CommandLine line = CommandLine.parse(args, Set.of("--root", "--tests", "--per-test"), Set.of());
            if (!line.positional().isEmpty()) {
                throw new CommandLine.UsageError("unexpected " + line.positional().get(0));
            }
            CourseLayout layout = new CourseLayout(line.root("solutions"));
            Path tests = Path.of(line.option("--tests", layout.solutionsTestClasses().toString()));
            Duration perTest = line.duration("--per-test", Duration.ofSeconds(2));
            if (!Files.exists(tests)) {
                System.err.println("honesty check: no compiled tests at " + tests
                        + "; build them first: mvn -q -DskipTests package");
                return 1;
            }
            List<String> problems;
            try (Scratch scratch = Scratch.create("layers-honesty")) {
                problems = HonestyCheck.run(layout, tests, scratch.path(), perTest);
            }
            if (!problems.isEmpty()) {
                System.err.println("honesty check: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                        + ":");
                problems.forEach(p -> System.err.println("  " + p));
                return 1;
            }
            System.out.println("honesty check: every graded test fails against the learners' stubs");
            return 0;
        } catch (CommandLine.UsageError e) {
            System.err.println("honesty check: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (Exception e) {
            System.err.println("honesty check: " + e.getMessage());
            return 1;
        }
    }
}
