package layers.exercises.blobs;

import layers.l1.fees.Wei;

/** An L2 transaction's fee when its batch goes to L1 in blobs. */
public interface BlobL2Fee {

    /**
     * The fee of one of {@code txCount} transactions of a batch posted in {@code blobs} blobs: its L2 execution,
     * {@code l2GasUsed * l2GasPrice}, plus its share of the blob transaction's cost, {@code 21_000 * l1BaseFee +
     * blobs * 131_072 * blobBaseFee}, divided by {@code txCount} and rounded up to the wei.
     *
     * @throws IllegalArgumentException if {@code txCount} or {@code blobs} is below 1, or {@code l2GasUsed} is
     *                                  negative
     */
    Wei feePerTx(long l2GasUsed, Wei l2GasPrice, int blobs, Wei l1BaseFee, Wei blobBaseFee, int txCount);
}
