package layers.kernel.exec;

import jdk.jshell.execution.DirectExecutionControl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the code of each cell inside the kernel's JVM, on a thread of its own, so that the kernel can keep the
 * real result object (to render a chart or a table), stop the cell on an interrupt, and end it after an optional
 * time limit.
 *
 * <p>Stopping works in three steps: every thread running cell code is asked to stop at its next
 * {@link StopCheck#check()} and is interrupted; if it is inside library code that never checks, the kernel waits a
 * little, then on JDKs that still allow it uses {@code Thread.stop}; failing that, the thread is left to finish in
 * the background and the cell ends with a message saying so. The kernel answers the next cell in every case.
 */
public final class CellExecutionControl extends DirectExecutionControl {

    private static final long STACK_SIZE = 16L * 1024 * 1024;
    private static final Duration GRACE = Duration.ofMillis(1500);

    private final SnippetLoader loader;
    private final Duration cellTimeout;
    private final AtomicReference<Thread> running = new AtomicReference<>();
    private volatile boolean interrupted;
    private volatile Object lastValue;

    CellExecutionControl(SnippetLoader loader, Duration cellTimeout) {
        super(loader);
        this.loader = loader;
        this.cellTimeout = cellTimeout;
    }

    /** The object the last evaluated snippet produced (null for none); the kernel renders it. */
    public Object lastValue() {
        return lastValue;
    }

    public void clearLastValue() {
        lastValue = null;
    }

    /** Every class loaded from a cell, oldest first. */
    public java.util.List<Class<?>> loadedClasses() {
        return loader.loadedClasses();
    }

    /** The class loader of the cells' classes. */
    public ClassLoader classLoader() {
        return loader.classLoader();
    }

    /**
     * Forgets any interrupt of an earlier cell. Called when a cell starts, not before each snippet, so that an
     * interrupt that arrives while a later snippet of the same cell is still compiling is not lost.
     */
    public void beginCell() {
        interrupted = false;
        StopCheck.clearAll();
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        lastValue = null;
        if (interrupted) {
            throw new InvocationTargetException(new CellStopped());
        }
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread cell = new Thread(null, () -> {
            try {
                result[0] = doit.invoke(null);
            } catch (InvocationTargetException e) {
                failure[0] = e.getCause();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "cell", STACK_SIZE);
        cell.setDaemon(true);
        cell.setContextClassLoader(loader.classLoader());
        running.set(cell);
        try {
            cell.start();
            waitFor(cell);
        } finally {
            running.set(null);
        }
        if (cell.isAlive()) {
            throw new InvocationTargetException(new CellStopped(interrupted
                    ? "the cell was interrupted, but it is inside library code that does not stop; it goes on in "
                      + "the background and its results will be lost"
                    : timeoutMessage() + "; it is inside library code that does not stop and goes on in the "
                      + "background"));
        }
        if (failure[0] instanceof CellStopped && !interrupted) {
            throw new InvocationTargetException(new CellStopped(timeoutMessage()));
        }
        if (failure[0] != null) {
            throw new InvocationTargetException(failure[0]);
        }
        lastValue = result[0];
        return valueString(result[0]);
    }

    private String timeoutMessage() {
        return "the cell ran longer than its time limit of " + cellTimeout.toSeconds()
                + " s (LAYERS_CELL_TIMEOUT) and was stopped";
    }

    private void waitFor(Thread cell) throws InterruptedException {
        long deadline = cellTimeout.isZero() ? Long.MAX_VALUE : System.nanoTime() + cellTimeout.toNanos();
        long stoppingSince = 0;
        boolean forced = false;
        while (cell.isAlive()) {
            cell.join(20);
            long now = System.nanoTime();
            if (stoppingSince == 0 && (interrupted || now - deadline >= 0)) {
                StopCheck.requestStopAll();
                cell.interrupt();
                stoppingSince = now;
            } else if (stoppingSince != 0 && !forced && now - stoppingSince > GRACE.toNanos()) {
                forceStop(cell);
                forced = true;
            } else if (forced && now - stoppingSince > 2 * GRACE.toNanos()) {
                return; // give up on this thread; the caller reports it and the kernel goes on
            }
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void forceStop(Thread cell) {
        try {
            cell.stop(); // works up to JDK 19; throws UnsupportedOperationException from JDK 20 on
        } catch (UnsupportedOperationException | SecurityException ignored) {
            // The thread goes on in the background; the caller reports it.
        }
    }

    /** Called from the control channel's thread when the learner presses interrupt. */
    @Override
    public void stop() {
        Thread cell = running.get();
        interrupted = true;
        StopCheck.requestStopAll();
        if (cell != null) {
            cell.interrupt();
        }
    }

    /** True if the last cell ended because of an interrupt. */
    public boolean wasInterrupted() {
        return interrupted;
    }
}
