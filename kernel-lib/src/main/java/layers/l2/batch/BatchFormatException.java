package layers.l2.batch;

/**
 * Bytes that are not a batch in {@link BatchCodec}'s format: says which rule broke and at which byte offset, so that
 * a corrupted or forged batch can be located ({@code "byte 57: a transaction kind is 1 to 8, not 9"}).
 */
public final class BatchFormatException extends IllegalArgumentException {

    private final int offset;

    BatchFormatException(int offset, String problem) {
        super("not a batch (format version " + BatchCodec.VERSION + "): byte " + offset + ": " + problem);
        this.offset = offset;
    }

    /** The offset of the first byte that breaks the format. */
    public int offset() {
        return offset;
    }
}
