package layers.grading;

/**
 * Hears about tests as a grading runs, for callers that must not wait for the end: the gradebook's test JVM writes
 * each result down as soon as it is known, so that a submission that ends the JVM loses only the test it was in.
 */
public interface GradeListener {

    GradeListener NONE = new GradeListener() { };

    /** A test is about to run. */
    default void testStarted(GradedTest test) {
    }

    /** A test has ended. */
    default void testFinished(TestResult result) {
    }

    /**
     * The thread running the current test outlived its time limit and ignored the request to stop, which happens when the
     * learner's code was not instrumented (outside a notebook). It is still running; a separate test JVM should end
     * itself after recording the result, so that the thread does not slow the tests that follow.
     */
    default void threadAbandoned() {
    }
}
