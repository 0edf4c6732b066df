package layers.grading;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Grades an implementation of an exercise by running the exercise's JUnit 5 tests against it.
 *
 * <p>Each test runs on its own thread within a time limit, so an implementation that loops, throws, calls
 * {@code System.exit} (in a notebook, where that throws {@code ExitCalled}), recurses without end or exhausts memory
 * fails that one test with a plain message and the grading goes on. The grader keeps nothing between calls: the
 * supplier is asked for a fresh object for every test, and a later call with a new supplier sees only the new code.
 * The same code always gets the same score, as tests use seeded inputs only.
 */
public final class Grader {

    private Grader() {
    }

    /**
     * Runs every test of {@code exercise} on the classpath against objects from {@code implementation}.
     *
     * @param implementation makes a fresh object to test; called once per test (or more, if a test asks for more)
     * @param perTestLimit   how long each test may run before it fails as timed out
     */
    public static GradeReport grade(Exercise exercise, Supplier<?> implementation, Duration perTestLimit) {
        return grade(exercise, implementation, perTestLimit, GradeListener.NONE, key -> true);
    }

    /**
     * Grades instances of {@code implementationClass}, made with its constructor without parameters. When the class
     * cannot stand for the contract, every test fails with the message of {@link #checkContract}.
     */
    public static GradeReport grade(Exercise exercise, Class<?> implementationClass, Duration perTestLimit) {
        Optional<String> problem = checkContract(exercise, implementationClass);
        if (problem.isPresent()) {
            return allFailed(exercise, problem.get());
        }
        return grade(exercise, ImplementationClasses.constructing(implementationClass), perTestLimit);
    }

    /**
     * Grades only the tests whose {@link GradedTest#key()} {@code includeTest} accepts, telling {@code listener}
     * about each test as it starts and ends.
     */
    public static GradeReport grade(Exercise exercise, Supplier<?> implementation, Duration perTestLimit,
                                    GradeListener listener, Predicate<String> includeTest) {
        List<GradedTest> tests = exercise.tests().stream().filter(test -> includeTest.test(test.key())).toList();
        GradingSession session = GradingSession.forGrader(implementation, perTestLimit, listener);
        ResultCollector collector = new ResultCollector(tests, listener);
        session.runOnThisThread(() ->
                Launching.launcher().execute(Launching.request(exercise.testClass(), includeTest), collector));
        if (session.interrupted()) {
            Thread.currentThread().interrupt();
        }
        return GradeReport.of(exercise.id(), exercise.title(), collector.rows());
    }

    /**
     * Why {@code candidate} cannot be graded for {@code exercise}, or empty if it can. For example
     * {@code "MyAdder does not implement layers.exercises.welcome.Adder; it needs: int add(int a, int b). ..."}.
     * It must implement the contract, be concrete, and have a constructor without parameters.
     */
    public static Optional<String> checkContract(Exercise exercise, Class<?> candidate) {
        return ContractCheck.check(exercise.contract(), candidate);
    }

    /** A report in which every test failed with the same message, for code that could not be graded at all. */
    public static GradeReport allFailed(Exercise exercise, String message) {
        return GradeReport.of(exercise.id(), exercise.title(),
                exercise.tests().stream().map(test -> TestResult.failed(test, message)).toList());
    }
}
