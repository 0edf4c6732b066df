package layers.notebook;

import org.dflib.jjava.jupyter.kernel.BaseNotebookStatics;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * What a notebook cell can call without a prefix (the kernel imports these statically): show things, update what
 * was shown, and draw a progress bar.
 */
public final class Notebook {

    private Notebook() {
    }

    /** Shows {@code value} below the cell (a chart as an image, a table as HTML, anything else as text). */
    public static String display(Object value) {
        return BaseNotebookStatics.display(value);
    }

    /** Shows {@code value} as the given MIME types, e.g. {@code display(chart, "image/svg+xml")}. */
    public static String display(Object value, String... mimeTypes) {
        return BaseNotebookStatics.display(value, mimeTypes);
    }

    /** Renders {@code value} without showing it; the result can be returned as a cell's value. */
    public static DisplayData render(Object value) {
        return BaseNotebookStatics.render(value);
    }

    public static DisplayData render(Object value, String... mimeTypes) {
        return BaseNotebookStatics.render(value, mimeTypes);
    }

    /** Replaces what {@link #display(Object)} showed under {@code displayId}. */
    public static void updateDisplay(String displayId, Object value) {
        BaseNotebookStatics.updateDisplay(displayId, value);
    }

    public static void updateDisplay(String displayId, Object value, String... mimeTypes) {
        BaseNotebookStatics.updateDisplay(displayId, value, mimeTypes);
    }

    /** A progress bar for {@code total} steps of work, shown at once and redrawn as it advances. */
    public static Progress progress(String label, long total) {
        return Progress.start(label, total);
    }
}
