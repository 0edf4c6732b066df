package layers.grading;

import java.util.Objects;

/**
 * One row of a {@link GradeReport}: how one graded test ended, and why, in the learner's terms.
 *
 * @param key      the test's {@link GradedTest#key() key}
 * @param name     the test's name as learners read it
 * @param outcome  passed, failed or timed out
 * @param earned   points earned: all of {@code possible} when passed, none otherwise
 * @param possible points the test is worth
 * @param hidden   true for a hidden test
 * @param message  why it failed (expected versus actual, or what the code did), empty when it passed
 */
public record TestResult(String key, String name, Outcome outcome, int earned, int possible, boolean hidden,
                         String message) {

    public TestResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        if (earned != (outcome == Outcome.PASSED ? possible : 0)) {
            throw new IllegalArgumentException(
                    "a " + outcome.label() + " test earns " + (outcome == Outcome.PASSED ? possible : 0)
                            + " of " + possible + " points, not " + earned + ": " + key);
        }
    }

    public static TestResult passed(GradedTest test) {
        return new TestResult(test.key(), test.name(), Outcome.PASSED, test.points(), test.points(), test.hidden(), "");
    }

    public static TestResult failed(GradedTest test, String message) {
        return new TestResult(test.key(), test.name(), Outcome.FAILED, 0, test.points(), test.hidden(), message);
    }

    public static TestResult timedOut(GradedTest test, String message) {
        return new TestResult(test.key(), test.name(), Outcome.TIMED_OUT, 0, test.points(), test.hidden(), message);
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
