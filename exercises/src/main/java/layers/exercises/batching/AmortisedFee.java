package layers.exercises.batching;

import layers.l1.fees.Wei;

/** One transaction's share of its batch's L1 cost. */
public interface AmortisedFee {

    /**
     * The L1 cost per transaction of a batch of {@code txCount} transactions of {@code bytesPerTx} compressed bytes
     * each, posted as calldata of non-zero bytes at {@code baseFeePerGas}: {@code (21_000 + 16 * bytesPerTx *
     * txCount) * baseFeePerGas / txCount}, rounded up to the wei (the rollup must not lose money).
     *
     * @throws IllegalArgumentException if {@code txCount} is not positive or {@code bytesPerTx} is negative
     */
    Wei l1CostPerTx(int txCount, long bytesPerTx, Wei baseFeePerGas);
}
