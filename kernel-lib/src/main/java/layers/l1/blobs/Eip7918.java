package layers.l1.blobs;

import java.math.BigInteger;

/**
 * EIP-7918 (blob base fee bounded by execution cost, from Osaka): a reserve price of {@code BLOB_BASE_COST} execution
 * gas per blob. While a blob costs less than that, the excess blob gas no longer falls; it rises with the blob gas
 * used, scaled so the largest rise per block stays the same.
 */
public final class Eip7918 {

    /** EIP-7918: BLOB_BASE_COST = 2**13 (8192) execution gas: the reserve price is 1/16 of the base fee per blob gas. */
    public static final long BLOB_BASE_COST = 1L << 13;

    private Eip7918() {
    }

    /** Whether a blob at the parent's blob base fee costs less than BLOB_BASE_COST gas at its execution base fee. */
    public static boolean isBelowReservePrice(BlobHeader parent, BlobSchedule schedule) {
        BigInteger reserve = parent.baseFeePerGas().value().multiply(BigInteger.valueOf(BLOB_BASE_COST));
        BigInteger blobPrice = Eip4844.getBaseFeePerBlobGas(parent, schedule).value()
                .multiply(BigInteger.valueOf(Eip4844.GAS_PER_BLOB));
        return reserve.compareTo(blobPrice) > 0;
    }

    /**
     * EIP-7918's {@code calc_excess_blob_gas}: 0 below the target as before; below the reserve price, the excess plus
     * {@code blob_gas_used * (max - target) // max}; otherwise EIP-4844's rule.
     */
    public static long calcExcessBlobGas(BlobHeader parent, BlobSchedule schedule) {
        long targetBlobGas = schedule.targetBlobGasPerBlock();
        long total = Math.addExact(parent.excessBlobGas(), parent.blobGasUsed());
        if (total < targetBlobGas) {
            return 0;
        }
        if (isBelowReservePrice(parent, schedule)) {
            return parent.excessBlobGas()
                    + parent.blobGasUsed() * (schedule.max() - schedule.target()) / schedule.max();
        }
        return total - targetBlobGas;
    }

    /** The blob base fee the reserve price works towards: BLOB_BASE_COST × base fee per gas / GAS_PER_BLOB. */
    public static layers.l1.fees.Wei reservePricePerBlobGas(layers.l1.fees.Wei baseFeePerGas) {
        return baseFeePerGas.times(BLOB_BASE_COST).dividedBy(Eip4844.GAS_PER_BLOB);
    }
}
