package layers.l1.poh;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Measures the asymmetry proof of history relies on: generating {@code n} hashes takes {@code n} hashing times on one
 * core, verifying them takes {@code n / cores}. Timings depend on the machine and on what else it runs; they are
 * measurements, not simulations, and differ from run to run.
 */
public final class PohMeasurement {

    private PohMeasurement() {
    }

    /** Sequential SHA-256 hashes per second on this thread, over {@code hashes} hashes (after a short warm-up). */
    public static double generationRate(long hashes) {
        if (hashes < 1) {
            throw new IllegalArgumentException("measure at least one hash, not " + hashes);
        }
        Hash seed = Sha256.hash("poh".getBytes(StandardCharsets.US_ASCII));
        PohHash.repeat(seed, Math.min(hashes, 200_000)); // warm-up
        long t0 = System.nanoTime();
        PohHash.repeat(seed, hashes);
        return hashes / ((System.nanoTime() - t0) / 1e9);
    }

    /**
     * Records a segment of {@code hashes} hashes (rounded up to whole ticks of {@code hashesPerTick}) on one thread, then
     * verifies it on each number of {@code threads}. Rows: the generation, then one per thread count; columns
     * {@code task}, {@code threads}, {@code seconds}, {@code hashesPerSecond}, {@code speedup} (generation time over
     * this row's time) and {@code vsFirstVerify} (the first verification's time over this row's: list 1 thread first).
     */
    public static Table verificationSpeedup(long hashes, long hashesPerTick, int... threads) {
        if (hashes < 1 || hashesPerTick < 1) {
            throw new IllegalArgumentException("hashes and hashes per tick must be positive, not " + hashes + " and "
                    + hashesPerTick);
        }
        long ticks = (hashes + hashesPerTick - 1) / hashesPerTick;
        long total = ticks * hashesPerTick;
        PohRecorder warm = new PohRecorder(Sha256.hash(new byte[]{0}), hashesPerTick);
        warm.hash(Math.min(total, 200_000));
        PohRecorder poh = new PohRecorder(Sha256.hash("poh".getBytes(StandardCharsets.US_ASCII)), hashesPerTick);
        long t0 = System.nanoTime();
        for (long t = 0; t < ticks; t++) {
            poh.tick();
        }
        double generation = (System.nanoTime() - t0) / 1e9;
        StringColumn task = StringColumn.create("task");
        IntColumn threadCount = IntColumn.create("threads");
        DoubleColumn seconds = DoubleColumn.create("seconds");
        DoubleColumn rate = DoubleColumn.create("hashesPerSecond");
        DoubleColumn speedup = DoubleColumn.create("speedup");
        DoubleColumn vsFirst = DoubleColumn.create("vsFirstVerify");
        task.append("generate");
        threadCount.append(1);
        seconds.append(generation);
        rate.append(total / generation);
        speedup.append(1.0);
        vsFirst.appendMissing();
        double firstVerify = 0;
        List<PohEntry> entries = poh.entries();
        PohVerifier.verifySegment(poh.start(), entries.subList(0, Math.min(entries.size(), 8)), hashesPerTick, 2); // warm-up
        for (int n : threads) {
            long v0 = System.nanoTime();
            Verdict v = PohVerifier.verifySegment(poh.start(), entries, hashesPerTick, n);
            double s = (System.nanoTime() - v0) / 1e9;
            if (!v.isValid()) {
                throw new IllegalStateException("the recorded segment failed verification: " + v);
            }
            task.append("verify");
            threadCount.append(n);
            seconds.append(s);
            rate.append(total / s);
            speedup.append(generation / s);
            if (firstVerify == 0) {
                firstVerify = s;
            }
            vsFirst.append(firstVerify / s);
        }
        return Table.create("proof of history, " + total + " hashes", task, threadCount, seconds, rate, speedup, vsFirst);
    }
}
