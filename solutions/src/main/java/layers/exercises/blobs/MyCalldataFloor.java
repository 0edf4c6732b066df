package layers.exercises.blobs;

/**
 * Exercise {@code blobs.calldata-floor}: EIP-7623's price of calldata. Write {@link #gasUsed}, then grade it:
 * {@code ./course grade blobs.calldata-floor}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Count zero bytes; {@code tokens = zeros + 4 * (data.length - zeros)}.</li>
 *   <li>The standard cost is {@code 4 * tokens + executionGasUsed}; the floor is {@code 10 * tokens}.</li>
 *   <li>Gas used: 21,000 plus the larger of the two.</li>
 * </ol>
 */
public class MyCalldataFloor implements CalldataFloor {

    @Override
    public long gasUsed(byte[] data, long executionGasUsed) {
        // BEGIN SOLUTION blobs.calldata-floor
        if (executionGasUsed < 0) {
            throw new IllegalArgumentException("execution gas used is 0 or more, not " + executionGasUsed);
        }
        long zeros = 0;
        for (byte b : data) {
            if (b == 0) {
                zeros++;
            }
        }
        long tokens = zeros + 4 * (data.length - zeros);
        return 21_000 + Math.max(4 * tokens + executionGasUsed, 10 * tokens);
        // END SOLUTION
    }
}
