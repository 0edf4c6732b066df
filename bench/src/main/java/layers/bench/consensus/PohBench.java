package layers.bench.consensus;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.poh.PohHash;
import layers.l1.poh.PohRecorder;
import layers.l1.poh.PohVerifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Proof of history's asymmetry, measured (a plain main, not JMH: each figure is the best of five runs, each well
 * under a second at some 15 million hashes a second). Prints sequential SHA-256 hashes per second on one thread three ways (a bare JDK {@link MessageDigest}
 * loop, {@link PohHash#repeat}, one {@link Sha256#hash} per step), the time to record a 2^22-hash segment, and the
 * time and speed-up to verify it on 1, 2 and 4 threads. The segment has 256 ticks of 2^14 hashes (Solana's ticks
 * are 12,500 hashes; a power of two keeps the segment exactly 2^22).
 *
 * <p>{@code cd /work/main && mvn -q -o -DskipTests package -pl bench -am && java -cp
 * "bench/target/classes:bench/target/lib/*" layers.bench.consensus.PohBench}
 */
public final class PohBench {

    private static final long SEGMENT = 1L << 22;
    private static final long HASHES_PER_TICK = 1L << 14;
    private static final int RUNS = 5;

    private PohBench() {
    }

    public static void main(String[] args) throws NoSuchAlgorithmException {
        System.out.printf(Locale.ROOT, "PoH bench: %d hashes, %d cores, %s %s%n", SEGMENT,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        Hash seed = Sha256.hash("poh bench".getBytes(StandardCharsets.US_ASCII));

        MessageDigest md = MessageDigest.getInstance("SHA-256");
        double bare = best(() -> {
            byte[] h = seed.bytes();
            for (long i = 0; i < SEGMENT; i++) {
                h = md.digest(h);
            }
            sink(h[0]);
        });
        double repeat = best(() -> sink(PohHash.repeat(seed, SEGMENT).byteAt(0)));
        double perStep = best(() -> {
            Hash h = seed;
            for (long i = 0; i < SEGMENT; i++) {
                h = PohHash.next(h);
            }
            sink(h.byteAt(0));
        });
        System.out.printf(Locale.ROOT, "one thread, hashes/s: bare MessageDigest %,.0f | PohHash.repeat %,.0f (%.2f× bare)"
                + " | Sha256.hash per step %,.0f (%.2f× bare)%n", rate(bare), rate(repeat), bare / repeat,
                rate(perStep), bare / perStep);

        PohRecorder[] recorded = new PohRecorder[1];
        double generate = best(() -> {
            PohRecorder poh = new PohRecorder(seed, HASHES_PER_TICK);
            for (long t = 0; t < SEGMENT / HASHES_PER_TICK; t++) {
                poh.tick();
            }
            recorded[0] = poh;
        });
        System.out.printf(Locale.ROOT, "record %d ticks: %.3f s, %,.0f hashes/s%n", SEGMENT / HASHES_PER_TICK, generate,
                rate(generate));
        double oneThread = 0;
        for (int threads : new int[]{1, 2, 4}) {
            double s = best(() -> {
                Verdict v = PohVerifier.verifySegment(recorded[0].start(), recorded[0].entries(), HASHES_PER_TICK, threads);
                if (!v.isValid()) {
                    throw new IllegalStateException(v.toString());
                }
            });
            if (threads == 1) {
                oneThread = s;
            }
            System.out.printf(Locale.ROOT, "verify on %d thread%s: %.3f s, %,.0f hashes/s, speed-up %.2f vs 1 thread,"
                    + " %.2f vs recording%n", threads, threads == 1 ? "" : "s", s, rate(s), oneThread / s, generate / s);
        }
    }

    private static double best(Runnable work) {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < RUNS; r++) {
            long t0 = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    private static double rate(double seconds) {
        return SEGMENT / seconds;
    }

    private static volatile int sunk;

    private static void sink(int b) {
        sunk += b;
    }
}
