package layers.exercises.blobs;

/** EIP-7623's gas used, with its floor for transactions that mostly carry data. */
public interface CalldataFloor {

    /**
     * {@code 21000 + max(4 * tokens + executionGasUsed, 10 * tokens)}, where {@code tokens = zeroBytes + 4 *
     * nonZeroBytes} of {@code data} (EIP-7623; a call, not a contract creation).
     *
     * @throws IllegalArgumentException if {@code executionGasUsed} is negative
     */
    long gasUsed(byte[] data, long executionGasUsed);
}
