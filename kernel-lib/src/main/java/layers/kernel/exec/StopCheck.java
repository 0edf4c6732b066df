package layers.kernel.exec;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The check that makes learners' code stoppable.
 *
 * <p>Every class compiled from a notebook cell is instrumented so that it calls {@link #check()} when a method
 * starts and before every backward jump (the end of each loop iteration). The call costs one volatile read while
 * nothing is being stopped. When the kernel is interrupted, or a grader's time limit runs out, the code on the
 * stopped thread throws {@link CellStopped} at its next check, so {@code while (true) { x++; }} ends promptly on
 * every JDK, without {@code Thread.stop}.
 */
public final class StopCheck {

    private static volatile boolean anyStopRequested;
    private static volatile boolean stopAll;
    private static final Set<Thread> stoppedThreads = ConcurrentHashMap.newKeySet();

    private StopCheck() {
    }

    /** Called by instrumented code; throws {@link CellStopped} when the current thread has been asked to stop. */
    public static void check() {
        if (anyStopRequested && (stopAll || stoppedThreads.contains(Thread.currentThread()))) {
            throw new CellStopped();
        }
    }

    /** Asks one thread to stop at its next check; also interrupts it, to wake it from sleep or wait. */
    public static void requestStop(Thread thread) {
        stoppedThreads.add(thread);
        anyStopRequested = true;
        thread.interrupt();
    }

    /** Asks every thread running notebook code to stop at its next check (a kernel interrupt). */
    public static void requestStopAll() {
        stopAll = true;
        anyStopRequested = true;
    }

    /** Forgets a request for one thread, once that thread has stopped or finished. */
    public static void clear(Thread thread) {
        stoppedThreads.remove(thread);
        anyStopRequested = stopAll || !stoppedThreads.isEmpty();
    }

    /** Forgets every request; called before a new cell runs. */
    public static void clearAll() {
        stopAll = false;
        stoppedThreads.clear();
        anyStopRequested = false;
    }

    /** True if the current thread has been asked to stop; long-running library loops poll this. */
    public static boolean stopRequested() {
        return anyStopRequested && (stopAll || stoppedThreads.contains(Thread.currentThread()));
    }
}
