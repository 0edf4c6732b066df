package layers.exercises.capstone;

/** An L2's throughput when L1 data space is the limit. */
public interface DataSpaceThroughput {

    /**
     * Transactions per second that fit in {@code bytesPerL1Block} bytes of L1 data every {@code l1BlockSeconds}
     * seconds, when each transaction takes {@code compressedBytesPerTx} bytes (fractions of a transaction count).
     *
     * @throws IllegalArgumentException if any argument is not positive, naming it
     */
    double tps(long bytesPerL1Block, double compressedBytesPerTx, double l1BlockSeconds);
}
