package layers.kernel.exec;

/**
 * Thrown in place of {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} in notebook code, so that a
 * cell that calls them ends with a message instead of ending the kernel and every variable in it.
 */
public final class ExitCalled extends Error {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ExitCalled(String call, int status) {
        super(call + "(" + status + ") was called: in a notebook this ends the cell, not the kernel."
                + " Your variables are still defined.", null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
