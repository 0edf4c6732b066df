package layers.grading.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import layers.grading.GradeReport;
import layers.grading.batch.CourseLayout;
import layers.grading.batch.LearnerGrading;
import layers.grading.batch.Scratch;

/**
 * {@code ./course grade EXERCISE_ID...}: grades the learner's own files in {@code exercises/src/main/java} against
 * the tests in {@code exercises/src/test/java}, and prints a score table per exercise.
 *
 * <pre>
 * java -cp KERNEL_LIB layers.grading.cli.GradeCommand [--root DIR] [--per-test 2s] EXERCISE_ID...
 * java -cp KERNEL_LIB layers.grading.cli.GradeCommand [GRADEBOOK OPTIONS] SUBMISSIONS_DIR
 * </pre>
 * Needs only kernel-lib and its dependencies on the class path: it compiles the learner's files and the tests
 * itself. Given a directory instead of ids, it is {@link GradebookCommand}. Exit status: 0 when grading ran,
 * whatever the score; 2 for a usage error or an unknown id (the message lists the known ones); 1 if it could not
 * grade at all.
 */
public final class GradeCommand {

    private static final String USAGE = "usage: GradeCommand [--root DIR] [--per-test 2s] EXERCISE_ID...\n"
            + "   or: GradeCommand [GRADEBOOK OPTIONS] SUBMISSIONS_DIR   (see GradebookCommand)";

    private GradeCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        try {
            CommandLine line = CommandLine.parse(args, GradebookCommand.OPTIONS, Set.of());
            if (line.positional().size() == 1 && Files.isDirectory(Path.of(line.positional().get(0)))) {
                return GradebookCommand.run(args);
            }
            if (line.positional().isEmpty()) {
                throw new CommandLine.UsageError("name the exercise to grade, e.g. welcome.sum");
            }
            CourseLayout layout = new CourseLayout(line.root("exercises"));
            Duration perTest = line.duration("--per-test", Duration.ofSeconds(2));
            LearnerGrading.Result result;
            try (Scratch scratch = Scratch.create("layers-grade")) {
                result = LearnerGrading.grade(layout, line.positional(), perTest, scratch.path());
            }
            if (!result.unknownIds().isEmpty()) {
                System.err.println("grade: unknown exercise " + String.join(", ", result.unknownIds())
                        + ". Known exercises: " + (result.knownIds().isEmpty() ? "(none found)"
                        : String.join(", ", result.knownIds())));
                return 2;
            }
            printErrors("These files of yours do not compile and were left out:", result.mainErrors());
            printErrors("These tests do not compile against your files (did an interface change?):",
                    result.testErrors());
            for (GradeReport report : result.reports().values()) {
                System.out.println(report);
            }
            return 0;
        } catch (CommandLine.UsageError e) {
            System.err.println("grade: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (Exception e) {
            System.err.println("grade: could not grade: " + e.getMessage());
            return 1;
        }
    }

    private static void printErrors(String heading, Map<String, List<String>> errors) {
        if (errors.isEmpty()) {
            return;
        }
        System.out.println(heading);
        errors.forEach((file, messages) -> messages.forEach(m -> System.out.println("  " + m)));
        System.out.println();
    }
}
