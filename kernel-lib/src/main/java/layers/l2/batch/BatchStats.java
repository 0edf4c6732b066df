package layers.l2.batch;

/**
 * A batch's size before and after compression: what it costs to post. Sizes in bytes.
 *
 * @param txCount         transactions in the batch
 * @param rawBytes        its {@link BatchCodec} encoding
 * @param compressedBytes that encoding after {@link BatchCompression#compress}
 */
public record BatchStats(int txCount, int rawBytes, int compressedBytes) {

    public BatchStats {
        if (txCount < 0 || rawBytes < 0 || compressedBytes < 0) {
            throw new IllegalArgumentException("counts are 0 or more: " + txCount + " transactions, " + rawBytes
                    + " raw bytes, " + compressedBytes + " compressed bytes");
        }
    }

    /** Encodes and compresses {@code batch} and counts the bytes. */
    public static BatchStats of(TxBatch batch) {
        byte[] raw = BatchCodec.encode(batch);
        return new BatchStats(batch.size(), raw.length, BatchCompression.compress(raw).length);
    }

    /** Raw bytes over compressed bytes: 2.0 means compression halved the batch. */
    public double compressionRatio() {
        return compressedBytes == 0 ? 0 : (double) rawBytes / compressedBytes;
    }

    public double rawBytesPerTx() {
        return txCount == 0 ? 0 : (double) rawBytes / txCount;
    }

    public double compressedBytesPerTx() {
        return txCount == 0 ? 0 : (double) compressedBytes / txCount;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d txs: %d bytes raw (%.1f/tx), %d compressed (%.1f/tx), ratio %.2f",
                txCount, rawBytes, rawBytesPerTx(), compressedBytes, compressedBytesPerTx(), compressionRatio());
    }
}
