package layers.exercises.fees;

/**
 * Exercise {@code fees.tps}: transactions per second from a block's capacity, a transaction's cost and the block
 * interval. Write {@link #tps}, then grade it: {@code ./course grade fees.tps}.
 *
 * <p>Hints:
 * <ol>
 *   <li>First the whole transactions per block: {@code capacityPerBlock / costPerTx} in {@code long} arithmetic
 *       rounds down for you.</li>
 *   <li>Then divide by the interval in {@code double}: {@code txPerBlock / intervalSeconds}.</li>
 *   <li>Check the arguments first: {@code capacityPerBlock < 0}, {@code costPerTx <= 0} or
 *       {@code !(intervalSeconds > 0)} (which also catches NaN) each throw {@code IllegalArgumentException}.</li>
 * </ol>
 */
public class MyBlockThroughput implements BlockThroughput {

    @Override
    public double tps(long capacityPerBlock, long costPerTx, double intervalSeconds) {
        // BEGIN SOLUTION fees.tps
        if (capacityPerBlock < 0) {
            throw new IllegalArgumentException("a block's capacity cannot be negative: " + capacityPerBlock);
        }
        if (costPerTx <= 0) {
            throw new IllegalArgumentException("a transaction must cost something: " + costPerTx);
        }
        if (!(intervalSeconds > 0)) {
            throw new IllegalArgumentException("the block interval must be positive: " + intervalSeconds);
        }
        long txPerBlock = capacityPerBlock / costPerTx;
        return txPerBlock / intervalSeconds;
        // END SOLUTION
    }
}
