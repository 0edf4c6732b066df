package layers.grading.cli;

/** Runs the commands without ending the JVM, for tests in other packages. */
public final class CommandsForTests {

    private CommandsForTests() {
    }

    public static int grade(String... args) {
        return GradeCommand.run(args);
    }

    public static int release(String... args) {
        return ReleaseCommand.run(args);
    }
}
