package layers.notebook;

import layers.kernel.display.Html;
import layers.kernel.exec.CellStopped;
import layers.kernel.exec.StopCheck;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.util.Locale;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * A progress bar for work that takes more than a second. Every simulation in the course reports through one, so a
 * learner sees it move and can interrupt it: {@link #step()} also stops the work when the cell is interrupted.
 *
 * <p>Outside a notebook (a test, a command-line run) it draws nothing and only counts.
 */
public final class Progress {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final String label;
    private final long total;
    private final String displayId;
    private final LongSupplier clock;
    private final long startedAt;
    private long done;
    private long lastDrawn;
    private boolean finished;

    private Progress(String label, long total, String displayId, LongSupplier clock) {
        if (total < 0) {
            throw new IllegalArgumentException("progress total must be 0 or more, was " + total);
        }
        this.label = label;
        this.total = total;
        this.displayId = displayId;
        this.clock = clock;
        this.startedAt = clock.getAsLong();
        this.lastDrawn = startedAt;
    }

    static Progress start(String label, long total) {
        boolean inNotebook = isAttached();
        Progress p = new Progress(label, total, inNotebook ? "progress-" + UUID.randomUUID() : null, System::nanoTime);
        if (inNotebook) {
            DisplayData data = p.render();
            data.setDisplayId(p.displayId);
            BaseKernel.notebookKernel().display(data);
        }
        return p;
    }

    /** A progress bar that never draws; for library code run outside a notebook. */
    public static Progress silent(String label, long total) {
        return new Progress(label, total, null, System::nanoTime);
    }

    private static boolean isAttached() {
        try {
            return BaseKernel.notebookKernel().getIO().display.isAttached();
        } catch (RuntimeException noKernel) {
            return false;
        }
    }

    /** One more step done. */
    public void step() {
        step(1);
    }

    /** {@code n} more steps done; redraws at most ten times a second. */
    public void step(long n) {
        if (StopCheck.stopRequested() || Thread.currentThread().isInterrupted()) {
            throw new CellStopped("the cell was interrupted during \"" + label + "\"");
        }
        done = Math.min(total, done + n);
        long now = clock.getAsLong();
        if (done == total || now - lastDrawn >= REDRAW_NANOS) {
            lastDrawn = now;
            redraw();
        }
    }

    /** Marks the work finished and draws the final state. */
    public void done() {
        done = total;
        finished = true;
        redraw();
    }

    public long completed() {
        return done;
    }

    public long total() {
        return total;
    }

    private void redraw() {
        if (displayId != null && isAttached()) {
            DisplayData data = render();
            BaseKernel.notebookKernel().getIO().display.updateDisplay(displayId, data);
        }
    }

    private DisplayData render() {
        double fraction = total == 0 ? 1.0 : (double) done / total;
        double elapsed = (clock.getAsLong() - startedAt) / 1e9;
        String status = String.format(Locale.ROOT, "%s: %d%% (%,d of %,d) in %.1f s%s", label,
                Math.round(fraction * 100), done, total, elapsed,
                finished || done == total ? "" : remaining(fraction, elapsed));
        DisplayData data = new DisplayData(status);
        data.putHTML("<div class=\"layers-progress\"><progress value=\"" + done + "\" max=\"" + Math.max(total, 1)
                + "\" style=\"width:320px\"></progress> <span>" + Html.escape(status) + "</span></div>");
        return data;
    }

    private static String remaining(double fraction, double elapsed) {
        if (fraction <= 0 || elapsed < 0.5) {
            return "";
        }
        return String.format(Locale.ROOT, ", about %.1f s left", elapsed / fraction - elapsed);
    }
}
