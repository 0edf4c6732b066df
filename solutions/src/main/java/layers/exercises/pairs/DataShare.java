package layers.exercises.pairs;

/** One transaction's share of what its batch cost on L1. */
public interface DataShare {

    /**
     * {@code batchCostWei / txCount}, rounded up so the rollup never loses money on the batch.
     *
     * @throws IllegalArgumentException if the cost is negative or {@code txCount} is not positive
     */
    long shareWei(long batchCostWei, int txCount);
}
