package layers.l2.validium;

import layers.l1.blobs.BlobEncoding;
import layers.l1.blobs.CalldataGas;
import layers.l1.blobs.Eip4844;
import layers.l1.fees.Wei;
import layers.l2.fees.L1Prices;
import layers.l2.fees.PostingMode;

import java.math.BigInteger;

/**
 * The L1 cost of a batch's data availability, the one thing a rollup, a validium and a volition pay differently.
 * The batch's own L1 transaction, which carries the proof and the new root, is paid in every mode and left out; what
 * is counted is what the data adds to it. A rollup adds its data's calldata gas (EIP-2028) or the blob gas of the
 * blobs it needs (EIP-4844, a blob paid whole; Part IV's {@link CalldataGas}, {@link BlobEncoding}, {@link Eip4844}).
 * A validium adds its committee's signatures, checked on L1.
 * On Ethereum a committee would sign with ECDSA, checked by the ecrecover precompile: 3,000 gas each
 * (ethereum/execution-specs: GAS_ECRECOVER = 3000), plus each 65-byte signature and the 32-byte data hash in
 * calldata, charged here as non-zero bytes (EIP-2028: 16 gas per non-zero byte).
 */
public final class DataAvailabilityCost {

    /** ethereum/execution-specs: GAS_ECRECOVER = 3000, the ecrecover precompile's cost. */
    public static final long ECRECOVER_GAS = 3_000;
    /** An ECDSA signature as Ethereum passes it: r, s and v, 65 bytes. */
    public static final int SIGNATURE_BYTES = 65;

    private DataAvailabilityCost() {
    }

    /** Gas for L1 to check {@code signatures} committee signatures over a 32-byte data hash. */
    public static long committeeGas(int signatures) {
        if (signatures < 1) {
            throw new IllegalArgumentException("a committee attestation has at least one signature, not " + signatures);
        }
        return signatures * (ECRECOVER_GAS + SIGNATURE_BYTES * CalldataGas.TX_DATA_NON_ZERO_GAS)
                + 32 * CalldataGas.TX_DATA_NON_ZERO_GAS;
    }

    /** A validium batch's data cost: its committee's signatures checked at the L1 base fee. */
    public static Wei validiumBatch(int signatures, L1Prices prices) {
        return prices.baseFeePerGas().times(committeeGas(signatures));
    }

    /**
     * A rollup batch's data cost: {@code data} as calldata (its EIP-2028 data gas at the base fee) or in blobs
     * (GAS_PER_BLOB blob gas per blob needed, at the blob base fee).
     *
     * @throws IllegalArgumentException for {@link PostingMode#CALLDATA_FLOOR}: EIP-7623's floor depends on the whole
     *                                  transaction's execution gas, not on the data alone
     */
    public static Wei rollupBatch(byte[] data, PostingMode mode, L1Prices prices) {
        return switch (mode) {
            case CALLDATA -> prices.baseFeePerGas().times(CalldataGas.dataGas(data));
            case BLOBS -> prices.baseFeePerBlobGas().times(
                    Eip4844.getTotalBlobGas(BlobEncoding.blobsNeeded(data.length)));
            case CALLDATA_FLOOR -> throw new IllegalArgumentException("EIP-7623's floor depends on the whole"
                    + " transaction's execution gas; price the data as CALLDATA or BLOBS");
        };
    }

    /**
     * The mean data cost per transaction of a volition whose transactions go on-chain with fraction
     * {@code onChainShare} (in parts per thousand, 0..1000): each side posts its own batches of {@code batchSize}
     * transactions of {@code bytesPerTx} bytes.
     *
     * @throws IllegalArgumentException if the share is outside 0..1000 or the batch or transactions are empty
     */
    public static Wei volitionPerTx(int onChainPerMille, int batchSize, int bytesPerTx, PostingMode mode,
                                    int signatures, L1Prices prices) {
        if (onChainPerMille < 0 || onChainPerMille > 1000) {
            throw new IllegalArgumentException("the on-chain share is in 0..1000 per mille, not " + onChainPerMille);
        }
        if (batchSize < 1 || bytesPerTx < 1) {
            throw new IllegalArgumentException("a batch has at least one transaction of at least one byte, not "
                    + batchSize + " of " + bytesPerTx);
        }
        byte[] data = new byte[batchSize * bytesPerTx];
        java.util.Arrays.fill(data, (byte) 0x5A); // compressed data looks random: no zero bytes
        BigInteger rollupPerTx = rollupBatch(data, mode, prices).value().divide(BigInteger.valueOf(batchSize));
        BigInteger validiumPerTx = validiumBatch(signatures, prices).value().divide(BigInteger.valueOf(batchSize));
        return Wei.of(rollupPerTx.multiply(BigInteger.valueOf(onChainPerMille))
                .add(validiumPerTx.multiply(BigInteger.valueOf(1000 - onChainPerMille)))
                .divide(BigInteger.valueOf(1000)));
    }
}
