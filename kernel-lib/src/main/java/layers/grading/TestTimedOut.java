package layers.grading;

import java.time.Duration;

/** Fails a test whose code was still running when its time limit ran out. */
final class TestTimedOut extends AssertionError {
    private static final long serialVersionUID = 1L;

    TestTimedOut(Duration limit, boolean stopped) {
        super("your code did not finish within " + Durations.describe(limit)
                + (stopped ? "" : "; it could not be stopped and may still be running"));
    }
}
