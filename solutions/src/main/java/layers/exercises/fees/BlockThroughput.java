package layers.exercises.fees;

/**
 * Throughput from first principles: how many whole transactions fit in a block, per second of block interval.
 */
public interface BlockThroughput {

    /**
     * Transactions per second: the number of whole transactions of {@code costPerTx} that fit in
     * {@code capacityPerBlock} (rounded down: half a transaction is not a transaction), divided by
     * {@code intervalSeconds}. Capacity and cost are in the same unit: bytes, weight units or gas.
     *
     * @throws IllegalArgumentException if the capacity is negative, or the cost or the interval is not positive
     */
    double tps(long capacityPerBlock, long costPerTx, double intervalSeconds);
}
