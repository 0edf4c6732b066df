package layers.l2.fees;

import java.math.BigInteger;
import layers.l1.blobs.BlobEncoding;
import layers.l1.blobs.CalldataGas;
import layers.l1.blobs.DataPostingCost;
import layers.l1.fees.Wei;

/**
 * The fee of an L2 transaction: L2 execution plus its share of the L1 data cost, the shape of a rollup's fee (OP
 * Mainnet docs, "Estimating Transaction Fees": the total cost is "the execution gas fee and the L1 data fee"). The
 * data cost is that of the batch as it is posted (compressed bytes), divided among the batch's transactions: a bigger
 * batch spreads the fixed 21000 gas of its L1 transaction thinner, and a fuller blob wastes less of the blob it pays
 * for whole.
 *
 * <p>Simplified: no priority fees on L1, no margin or scalar the operator adds, and the batch inbox runs no code
 * (Optimism's batcher sends to an inbox address, so a posting uses only the intrinsic 21000 gas).
 */
public final class L2FeeModel {

    private L2FeeModel() {
    }

    /** What posting {@code posted} (the compressed batch) costs on L1 in {@code mode}. */
    public static Wei batchPostingCost(byte[] posted, PostingMode mode, L1Prices prices) {
        return switch (mode) {
            case CALLDATA -> DataPostingCost.calldata(posted, 0, prices.baseFeePerGas(), false);
            case CALLDATA_FLOOR -> DataPostingCost.calldata(posted, 0, prices.baseFeePerGas(), true);
            case BLOBS -> DataPostingCost.blobs(BlobEncoding.blobsNeeded(posted.length), CalldataGas.TX_BASE_COST,
                    prices.baseFeePerGas(), prices.baseFeePerBlobGas());
        };
    }

    /**
     * One transaction's share of its batch's posting cost, rounded up (the rollup must not lose money on it).
     *
     * @throws IllegalArgumentException if {@code txCount} is not positive
     */
    public static Wei l1DataFee(byte[] posted, int txCount, PostingMode mode, L1Prices prices) {
        if (txCount <= 0) {
            throw new IllegalArgumentException("a batch holds at least one transaction, not " + txCount);
        }
        BigInteger[] qr = batchPostingCost(posted, mode, prices).value()
                .divideAndRemainder(BigInteger.valueOf(txCount));
        return Wei.of(qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE));
    }

    /** L2 execution: gas used times the L2 base fee plus tip (EIP-1559 on the L2). */
    public static Wei executionFee(long l2GasUsed, Wei l2BaseFee, Wei l2PriorityFee) {
        if (l2GasUsed < 0) {
            throw new IllegalArgumentException("gas used is 0 or more, not " + l2GasUsed);
        }
        return l2BaseFee.plus(l2PriorityFee).times(l2GasUsed);
    }

    /** The whole fee of one transaction of a batch of {@code txCount} posted as {@code posted}. */
    public static L2Fee perTransaction(byte[] posted, int txCount, PostingMode mode, L1Prices prices, long l2GasUsed,
                                       Wei l2BaseFee, Wei l2PriorityFee) {
        return new L2Fee(executionFee(l2GasUsed, l2BaseFee, l2PriorityFee),
                l1DataFee(posted, txCount, mode, prices));
    }
}
