package layers.grading;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one grading run needs to know inside the tests: where implementations come from, how long a test may run,
 * and who listens.
 *
 * <p>{@link Grader} opens a session on its own thread for the length of a run; outside a grader (a test run by
 * Maven or an IDE) {@link TimeLimitedTests} makes one from the test class's {@link GradedExercise}. Every test thread
 * gets the session of its run and nothing else, so two runs never see each other's implementation and nothing
 * outlives a run.
 */
final class GradingSession {

    /** Overrides the per-test limit outside a notebook, e.g. {@code -Dlayers.grading.perTestLimit=10s}. */
    static final String LIMIT_PROPERTY = "layers.grading.perTestLimit";
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(2);

    private static final ThreadLocal<GradingSession> OF_GRADER = new ThreadLocal<>();
    /** Not inherited: threads the code under test starts (a pool's, say) must not keep a session alive. */
    private static final ThreadLocal<GradingSession> IN_TEST = new ThreadLocal<>();

    private final Supplier<?> implementation;
    private final Duration perTestLimit;
    private final GradeListener listener;
    private final boolean openedByGrader;
    private volatile boolean interrupted;

    private GradingSession(Supplier<?> implementation, Duration perTestLimit, GradeListener listener,
                           boolean openedByGrader) {
        this.implementation = Objects.requireNonNull(implementation, "implementation");
        this.perTestLimit = perTestLimit;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.openedByGrader = openedByGrader;
    }

    /** A session for {@link Grader}: the caller's implementation and limit. */
    static GradingSession forGrader(Supplier<?> implementation, Duration perTestLimit, GradeListener listener) {
        if (perTestLimit.isNegative() || perTestLimit.isZero()) {
            throw new IllegalArgumentException("the per-test limit must be positive, got " + perTestLimit);
        }
        return new GradingSession(implementation, perTestLimit, listener, true);
    }

    /**
     * A session for tests run by Maven or an IDE: the learner's class named by the exercise, and the default limit
     * (or {@value #LIMIT_PROPERTY}), with no limit at all while a debugger is attached, so that stepping through
     * code does not fail the test.
     */
    static GradingSession forIde(Class<?> testClass) {
        Exercise exercise = Exercise.of(testClass);
        Duration limit = debuggerAttached() ? null
                : Optional.ofNullable(System.getProperty(LIMIT_PROPERTY)).map(Durations::parse).orElse(DEFAULT_LIMIT);
        return new GradingSession(ImplementationClasses.fromClasspath(exercise), limit, GradeListener.NONE, false);
    }

    /** Runs {@code run} on this thread with this session open, as {@link Grader} does around a JUnit launch. */
    void runOnThisThread(Runnable run) {
        GradingSession previous = OF_GRADER.get();
        OF_GRADER.set(this);
        try {
            run.run();
        } finally {
            if (previous == null) {
                OF_GRADER.remove();
            } else {
                OF_GRADER.set(previous);
            }
        }
    }

    /** The session a {@link Grader} opened on this thread, if any. */
    static Optional<GradingSession> ofGrader() {
        return Optional.ofNullable(OF_GRADER.get());
    }

    /** The session of the test running on this thread (or of the grader that runs on it), if any. */
    static Optional<GradingSession> current() {
        GradingSession inTest = IN_TEST.get();
        return inTest != null ? Optional.of(inTest) : ofGrader();
    }

    static void enterTest(GradingSession session) {
        IN_TEST.set(session);
    }

    static void leaveTest() {
        IN_TEST.remove();
    }

    /** A fresh object to test, straight from the supplier: nothing is kept between tests or between gradings. */
    Object newImplementation() {
        return implementation.get();
    }

    /** The time limit of each test, or null for none. */
    Duration perTestLimit() {
        return perTestLimit;
    }

    GradeListener listener() {
        return listener;
    }

    boolean openedByGrader() {
        return openedByGrader;
    }

    void markInterrupted() {
        interrupted = true;
    }

    boolean interrupted() {
        return interrupted;
    }

    private static boolean debuggerAttached() {
        try {
            return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .anyMatch(arg -> arg.startsWith("-agentlib:jdwp") || arg.startsWith("-Xrunjdwp"));
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
