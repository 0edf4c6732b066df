package layers.kernel.exec;

/**
 * Thrown inside a learner's code when the kernel was interrupted or a time limit ran out.
 *
 * <p>It is an {@link Error}, not an exception, so that {@code catch (Exception e)} in a learner's code does not
 * swallow it and keep the loop running.
 */
public final class CellStopped extends Error {
    private static final long serialVersionUID = 1L;

    public CellStopped() {
        this("the cell was interrupted");
    }

    public CellStopped(String message) {
        super(message, null, false, false);
    }
}
