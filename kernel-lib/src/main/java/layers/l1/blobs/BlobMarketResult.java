package layers.l1.blobs;

import java.util.List;
import java.util.OptionalInt;
import layers.l1.fees.Wei;

/**
 * What {@link BlobMarketSimulation} saw, block by block: the mean demand, the blobs wanted and included, the excess
 * blob gas in the block's header and its blob base fee.
 */
public record BlobMarketResult(BlobMarketConfig config, double[] meanDemand, int[] wanted, int[] included,
                               long[] excessBlobGas, List<Wei> baseFeePerBlobGas) {

    public int blocks() {
        return included.length;
    }

    /** The first block whose blob base fee is above EIP-4844's minimum of 1 wei, if any. */
    public OptionalInt firstBlockAboveMinimum() {
        for (int i = 0; i < baseFeePerBlobGas.size(); i++) {
            if (baseFeePerBlobGas.get(i).isGreaterThan(Eip4844.MIN_BASE_FEE_PER_BLOB_GAS)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** Blobs included over the blocks {@code from} (inclusive) to {@code to} (exclusive), per block. */
    public double meanIncluded(int from, int to) {
        if (from < 0 || to > blocks() || from >= to) {
            throw new IllegalArgumentException("a range of blocks within 0.." + blocks() + ", not " + from + ".." + to);
        }
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += included[i];
        }
        return (double) sum / (to - from);
    }

    /** The blob base fee of each block in gwei, for charts. */
    public double[] baseFeePerBlobGasGwei() {
        return baseFeePerBlobGas.stream().mapToDouble(Wei::toGwei).toArray();
    }
}
