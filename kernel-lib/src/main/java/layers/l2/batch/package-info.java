/**
 * Part IV: batches, what a rollup posts to L1. A sequencer collects L2 transactions (the Part III
 * {@link layers.l1.execution.Tx}), encodes them compactly ({@link layers.l2.batch.BatchCodec}, documented and
 * versioned, canonical, every malformed byte rejected with its offset), optionally with each sender's 65-byte
 * signature ({@link layers.l2.batch.TxSigning}), and compresses them with zlib as Optimism does
 * ({@link layers.l2.batch.BatchCompression}). {@link layers.l2.batch.BatchStats} counts the bytes;
 * {@link layers.l2.batch.BatchWorkload} makes realistic, seeded transactions to count them on.
 *
 * <pre>{@code
 * var workload = BatchWorkload.create(42, 2_000);
 * TxBatch batch = workload.nextSignedBatch(500);
 * byte[] raw = BatchCodec.encode(batch);
 * byte[] posted = BatchCompression.compress(raw);
 * BatchCodec.decode(BatchCompression.decompress(posted)).equals(batch)   // true
 * BatchStats.of(batch)       // 500 txs: ... bytes raw (.../tx), ... compressed (.../tx), ratio ...
 * }</pre>
 */
package layers.l2.batch;
