package layers.grading;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import layers.kernel.exec.StopCheck;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Runs one step of a test (making the test object, a setup method, the test itself) on a fresh thread, and gives up
 * on it when the session's time limit runs out.
 *
 * <p>Giving up means {@link StopCheck#requestStop(Thread)}: code compiled in a notebook is instrumented to check it
 * at every loop and call, so it ends with {@code CellStopped} straight away. Code that is not instrumented (under
 * Maven, in the gradebook's test JVM) cannot be stopped on current JDKs; its thread is a daemon and is reported to
 * the {@link GradeListener} so the caller can decide what to do. Either way the grader itself goes on.
 */
final class TestThread {

    /** How long a thread asked to stop may take to do it before it is reported as abandoned. */
    private static final Duration STOP_GRACE = Duration.ofMillis(500);

    private TestThread() {
    }

    static <T> T call(GradingSession session, String what, ThrowingSupplier<T> body) throws Throwable {
        if (session.interrupted() || Thread.currentThread().isInterrupted()
                || (session.openedByGrader() && StopCheck.stopRequested())) {
            session.markInterrupted();
            throw new GradingInterrupted();
        }
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            GradingSession.enterTest(session);
            try {
                value.set(body.get());
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                GradingSession.leaveTest();
                StopCheck.clear(Thread.currentThread());
                finished.countDown();
            }
        }, "layers-grading: " + what);
        worker.setDaemon(true);
        worker.start();
        boolean inTime;
        try {
            Duration limit = session.perTestLimit();
            if (limit == null) {
                finished.await();
                inTime = true;
            } else {
                inTime = finished.await(limit.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            stop(worker);
            session.markInterrupted();
            throw new GradingInterrupted();
        }
        if (!inTime) {
            boolean stopped = stop(worker);
            if (!stopped) {
                session.listener().threadAbandoned();
            }
            throw new TestTimedOut(session.perTestLimit(), stopped);
        }
        Throwable thrown = failure.get();
        if (thrown instanceof OutOfMemoryError) {
            // JUnit ends the whole run on an OutOfMemoryError; here it only ends one test, whose memory is now free.
            throw new AssertionError("your code ran out of memory", thrown);
        }
        if (thrown != null) {
            throw thrown;
        }
        return value.get();
    }

    /** Asks the worker to stop and waits a little; true if it ended. */
    private static boolean stop(Thread worker) {
        StopCheck.requestStop(worker);
        try {
            worker.join(STOP_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            return false;
        }
        StopCheck.clear(worker);
        return true;
    }
}
