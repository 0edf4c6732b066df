package layers.bench.rollup;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.IntSupplier;
import layers.l1.blobs.BlobEncoding;
import layers.l2.batch.BatchCodec;
import layers.l2.batch.BatchCompression;
import layers.l2.batch.BatchStats;
import layers.l2.batch.BatchWorkload;
import layers.l2.batch.TxBatch;

/**
 * What batches weigh and how fast they are made (a plain main, not JMH): compressed bytes per transaction for batches
 * of 10 to 5,000 transactions of {@link BatchWorkload} (seed 42, 5,000 accounts), unsigned and signed; then, on the
 * signed batch of 5,000, the throughput of encoding, zlib at level 9, decompressing and decoding (each repeated for
 * about two seconds after a warm-up; wall time and main-thread CPU time, which a shared machine's load disturbs less),
 * and of signing and checking signatures.
 *
 * <p>{@code mvn -q -o -DskipTests package -pl bench -am && java -cp "bench/target/classes:bench/target/lib/*"
 * layers.bench.rollup.BatchBench}, or {@code ./course bench batches}
 */
public final class BatchBench {

    private static final long SEED = 42;
    private static final int ACCOUNTS = 5_000;
    /** Where each run's result goes, so the JIT cannot drop the work. */
    private static volatile long sink;

    private BatchBench() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "Batch bench: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        System.out.println("Compressed bytes per transaction (zlib level 9):");
        System.out.println("    txs |  unsigned raw/tx  zlib/tx  ratio |  signed raw/tx  zlib/tx  ratio | signed txs per blob");
        TxBatch big = null;
        for (int size : new int[] {10, 100, 1_000, 5_000}) {
            TxBatch unsigned = TxBatch.unsigned(BatchWorkload.create(SEED, ACCOUNTS).next(size));
            TxBatch signed = BatchWorkload.create(SEED, ACCOUNTS).nextSignedBatch(size);
            BatchStats u = BatchStats.of(unsigned);
            BatchStats s = BatchStats.of(signed);
            System.out.printf(Locale.ROOT, "%7d | %14.1f %8.1f %6.2f | %13.1f %8.1f %6.2f | %8.0f%n", size,
                    u.rawBytesPerTx(), u.compressedBytesPerTx(), u.compressionRatio(), s.rawBytesPerTx(),
                    s.compressedBytesPerTx(), s.compressionRatio(),
                    BlobEncoding.DATA_BYTES_PER_BLOB / s.compressedBytesPerTx());
            big = signed;
        }
        TxBatch batch = big;
        byte[] raw = BatchCodec.encode(batch);
        byte[] zipped = BatchCompression.compress(raw);
        System.out.printf(Locale.ROOT, "Throughput on the signed batch of %,d transactions (%,d bytes raw, %,d zlib):%n",
                batch.size(), raw.length, zipped.length);
        time("encode", batch.size(), raw.length, () -> BatchCodec.encode(batch).length);
        time("zlib compress (level 9)", batch.size(), raw.length, () -> BatchCompression.compress(raw).length);
        time("zlib decompress", batch.size(), raw.length, () -> BatchCompression.decompress(zipped).length);
        time("decode", batch.size(), raw.length, () -> BatchCodec.decode(raw).size());
        var workload = BatchWorkload.create(SEED + 1, 500);
        var txs = workload.next(500);
        time("sign (ECDSA, RFC 6979, y_parity)", 500, 0, () -> TxBatch.signed(txs, workload::keyOf).size());
        TxBatch signed500 = TxBatch.signed(txs, workload::keyOf);
        time("verify (recover each sender)", 500, 0, () -> signed500.verifySignatures().isValid() ? 1 : 0);
    }

    /** Runs {@code work} for about two seconds after a one-second warm-up and prints transactions and MB per second. */
    private static void time(String name, int txsPerRun, int bytesPerRun, IntSupplier work) {
        long warmUntil = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            sink += work.getAsInt();
        }
        var threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        int runs = 0;
        while (System.nanoTime() - start < 2_000_000_000L) {
            sink += work.getAsInt();
            runs++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "  %-34s %,12.0f tx/s wall %,12.0f tx/s CPU %s(%d runs)%n", name,
                runs * txsPerRun / seconds, runs * txsPerRun / cpu,
                bytesPerRun == 0 ? "" : String.format(Locale.ROOT, "%8.1f MB/s CPU ", runs * (double) bytesPerRun / cpu / 1e6),
                runs);
    }
}
