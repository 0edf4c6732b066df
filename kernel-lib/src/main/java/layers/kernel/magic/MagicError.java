package layers.kernel.magic;

/** A magic used wrongly or unable to do its work; the message says which and why. */
public final class MagicError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MagicError(String message) {
        super(message, null, false, false);
    }
}
