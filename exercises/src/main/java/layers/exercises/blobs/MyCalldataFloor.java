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
        throw new UnsupportedOperationException("exercise blobs.calldata-floor: not written yet — see the hints above");
    }
}
