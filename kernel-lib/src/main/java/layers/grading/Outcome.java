package layers.grading;

/** How one graded test ended. */
public enum Outcome {
    PASSED("passed"),
    FAILED("failed"),
    /** The learner's code was still running when the test's time limit ran out. */
    TIMED_OUT("timed out");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The word shown in score tables. */
    public String label() {
        return label;
    }
}
