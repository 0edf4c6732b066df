package layers.l1.ledger;

/**
 * Bytes that do not parse as the structure expected (a transaction, a transfer): the message says what was being
 * read, at which offset. Validators turn it into a {@code MALFORMED} verdict; parsing directly throws it.
 */
public final class MalformedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final int offset;

    public MalformedException(String reason, int offset) {
        super(reason + " (at byte " + offset + ")");
        this.reason = reason;
        this.offset = offset;
    }

    /** What was wrong, without the offset. */
    public String reason() {
        return reason;
    }

    /** Where in the bytes the problem was found. */
    public int offset() {
        return offset;
    }
}
