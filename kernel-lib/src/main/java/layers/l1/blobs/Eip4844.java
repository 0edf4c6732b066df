package layers.l1.blobs;

import java.math.BigInteger;
import layers.l1.fees.Wei;

/**
 * EIP-4844 (shard blob transactions): blob gas, the excess blob gas in the header, and the blob base fee as an
 * exponential of the excess. One method per function of the EIP's specification, named as it names them; the target
 * and update fraction come from the fork's {@link BlobSchedule} as EIP-7892 rewrote them.
 */
public final class Eip4844 {

    /** EIP-4844: GAS_PER_BLOB = 2**17 (131072): one blob gas per byte of blob. */
    public static final long GAS_PER_BLOB = 1L << 17;
    /** EIP-4844: FIELD_ELEMENTS_PER_BLOB = 4096. */
    public static final int FIELD_ELEMENTS_PER_BLOB = 4096;
    /** EIP-4844: BYTES_PER_FIELD_ELEMENT = 32. */
    public static final int BYTES_PER_FIELD_ELEMENT = 32;
    /** A blob is {@code ByteVector[BYTES_PER_FIELD_ELEMENT * FIELD_ELEMENTS_PER_BLOB]}: 131,072 bytes. */
    public static final int BYTES_PER_BLOB = BYTES_PER_FIELD_ELEMENT * FIELD_ELEMENTS_PER_BLOB;
    /** EIP-4844: MIN_BASE_FEE_PER_BLOB_GAS = 1 (wei). */
    public static final Wei MIN_BASE_FEE_PER_BLOB_GAS = Wei.ONE;
    /** EIP-4844: BLOB_TX_TYPE = 0x03. */
    public static final int BLOB_TX_TYPE = 0x03;

    private Eip4844() {
    }

    /**
     * EIP-4844's {@code fake_exponential}: approximates {@code factor * e ** (numerator / denominator)} with the
     * Taylor series in integers, each term rounded down, exactly as the EIP's reference code.
     *
     * @throws IllegalArgumentException naming the values if factor or numerator is negative or the denominator is
     *                                  not positive
     */
    public static BigInteger fakeExponential(BigInteger factor, BigInteger numerator, BigInteger denominator) {
        if (factor.signum() < 0 || numerator.signum() < 0 || denominator.signum() <= 0) {
            throw new IllegalArgumentException("fake_exponential needs factor >= 0, numerator >= 0, denominator > 0,"
                    + " not " + factor + ", " + numerator + ", " + denominator);
        }
        BigInteger output = BigInteger.ZERO;
        BigInteger accumulator = factor.multiply(denominator);
        for (long i = 1; accumulator.signum() > 0; i++) {
            output = output.add(accumulator);
            accumulator = accumulator.multiply(numerator).divide(denominator.multiply(BigInteger.valueOf(i)));
        }
        return output.divide(denominator);
    }

    /** {@link #fakeExponential(BigInteger, BigInteger, BigInteger)} for {@code long} arguments. */
    public static BigInteger fakeExponential(long factor, long numerator, long denominator) {
        return fakeExponential(BigInteger.valueOf(factor), BigInteger.valueOf(numerator),
                BigInteger.valueOf(denominator));
    }

    /**
     * EIP-4844's {@code calc_excess_blob_gas} (with EIP-7892's per-fork target): the parent's excess plus its blob
     * gas used minus the target, or 0 if that would be negative.
     */
    public static long calcExcessBlobGas(BlobHeader parent, BlobSchedule schedule) {
        long targetBlobGas = schedule.targetBlobGasPerBlock();
        long total = Math.addExact(parent.excessBlobGas(), parent.blobGasUsed());
        return total < targetBlobGas ? 0 : total - targetBlobGas;
    }

    /** EIP-4844's {@code get_base_fee_per_blob_gas}: fake_exponential(MIN_BASE_FEE_PER_BLOB_GAS, excess, fraction). */
    public static Wei getBaseFeePerBlobGas(long excessBlobGas, BlobSchedule schedule) {
        if (excessBlobGas < 0) {
            throw new IllegalArgumentException("excess blob gas is 0 or more, not " + excessBlobGas);
        }
        return Wei.of(fakeExponential(MIN_BASE_FEE_PER_BLOB_GAS.value(), BigInteger.valueOf(excessBlobGas),
                BigInteger.valueOf(schedule.baseFeeUpdateFraction())));
    }

    /** {@link #getBaseFeePerBlobGas(long, BlobSchedule)} of a header. */
    public static Wei getBaseFeePerBlobGas(BlobHeader header, BlobSchedule schedule) {
        return getBaseFeePerBlobGas(header.excessBlobGas(), schedule);
    }

    /** EIP-4844's {@code get_total_blob_gas}: GAS_PER_BLOB for each blob. */
    public static long getTotalBlobGas(int blobs) {
        if (blobs < 0) {
            throw new IllegalArgumentException("a transaction carries 0 or more blobs, not " + blobs);
        }
        return GAS_PER_BLOB * blobs;
    }

    /** EIP-4844's {@code calc_blob_fee}: the blob gas of {@code blobs} blobs at the header's blob base fee (burnt). */
    public static Wei calcBlobFee(BlobHeader header, BlobSchedule schedule, int blobs) {
        return getBaseFeePerBlobGas(header, schedule).times(getTotalBlobGas(blobs));
    }
}
