package layers.grading;

import java.util.Objects;

/**
 * One graded test of an exercise, as found before running it: a row of the score table to come.
 *
 * @param key     identifies the test method across JVMs: {@code class#method(parameter types)}
 * @param name    what the learner reads: the {@code @DisplayName}, or the method name in words
 * @param points  what passing it earns ({@link Points}, one by default)
 * @param hidden  true for a {@link Hidden} test, which only the instructor's copy of the tests contains
 */
public record GradedTest(String key, String name, int points, boolean hidden) {
    public GradedTest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative, got " + points + " for " + key);
        }
    }
}
