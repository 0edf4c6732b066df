package layers.exercises.capstone;

/**
 * Exercise {@code capstone.data-tps}: write {@link #tps}, then grade it: {@code ./course grade capstone.data-tps}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Transactions per block: bytes per block over bytes per transaction.</li>
 *   <li>Per second: divide by the block interval.</li>
 *   <li>Check each argument on its own so the message can name it; {@code !(x > 0)} also catches NaN.</li>
 * </ol>
 */
public class MyDataSpaceThroughput implements DataSpaceThroughput {

    @Override
    public double tps(long bytesPerL1Block, double compressedBytesPerTx, double l1BlockSeconds) {
        // BEGIN SOLUTION capstone.data-tps
        if (bytesPerL1Block <= 0) {
            throw new IllegalArgumentException("bytesPerL1Block must be positive, got " + bytesPerL1Block);
        }
        if (!(compressedBytesPerTx > 0)) {
            throw new IllegalArgumentException("compressedBytesPerTx must be positive, got " + compressedBytesPerTx);
        }
        if (!(l1BlockSeconds > 0)) {
            throw new IllegalArgumentException("l1BlockSeconds must be positive, got " + l1BlockSeconds);
        }
        return bytesPerL1Block / compressedBytesPerTx / l1BlockSeconds;
        // END SOLUTION
    }
}
