package layers.l1.throughput;

/**
 * The throughput of a chain from first principles: a block holds {@code floor(capacity / costPerTx)} transactions
 * and one block comes every {@code intervalSeconds}, so {@code tps = floor(capacity / costPerTx) / interval}.
 * Capacity and cost are in the same unit: bytes, weight units, or gas. (Transactions per second are a rate, not
 * money: a {@code double} is fine.)
 */
public final class Throughput {

    private Throughput() {
    }

    /** How many transactions of {@code costPerTx} fit in a block of {@code capacity}: whole transactions only. */
    public static long transactionsPerBlock(long capacity, long costPerTx) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a block's capacity cannot be negative: " + capacity);
        }
        if (costPerTx <= 0) {
            throw new IllegalArgumentException("a transaction's cost must be positive, was " + costPerTx);
        }
        return capacity / costPerTx;
    }

    /** Transactions per second: {@link #transactionsPerBlock} over the block interval. */
    public static double tps(long capacity, long costPerTx, double intervalSeconds) {
        if (!(intervalSeconds > 0) || Double.isInfinite(intervalSeconds)) {
            throw new IllegalArgumentException("the block interval must be positive and finite, was " + intervalSeconds);
        }
        return transactionsPerBlock(capacity, costPerTx) / intervalSeconds;
    }
}
