package layers.l1.blobs;

import java.util.Objects;
import layers.l1.fees.Wei;

/**
 * The fields of a block header the blob fee rules read (EIP-4844's header extension, and EIP-1559's base fee, which
 * EIP-7918 reads too).
 *
 * @param excessBlobGas  "a running total of blob gas consumed in excess of the target, prior to the block"
 * @param blobGasUsed    "the total amount of blob gas consumed by the transactions within the block"
 * @param baseFeePerGas  the block's EIP-1559 base fee (execution gas)
 */
public record BlobHeader(long excessBlobGas, long blobGasUsed, Wei baseFeePerGas) {

    /**
     * @throws IllegalArgumentException naming the field if a gas amount is negative
     */
    public BlobHeader {
        if (excessBlobGas < 0) {
            throw new IllegalArgumentException("excess blob gas is 0 or more, not " + excessBlobGas);
        }
        if (blobGasUsed < 0) {
            throw new IllegalArgumentException("blob gas used is 0 or more, not " + blobGasUsed);
        }
        Objects.requireNonNull(baseFeePerGas, "baseFeePerGas");
    }

    /** A header before EIP-7918 mattered: the execution base fee is not read. */
    public static BlobHeader of(long excessBlobGas, long blobGasUsed) {
        return new BlobHeader(excessBlobGas, blobGasUsed, Wei.ZERO);
    }

    /** The header of a block holding {@code blobs} blobs. */
    public static BlobHeader withBlobs(long excessBlobGas, int blobs, Wei baseFeePerGas) {
        return new BlobHeader(excessBlobGas, Eip4844.getTotalBlobGas(blobs), baseFeePerGas);
    }
}
