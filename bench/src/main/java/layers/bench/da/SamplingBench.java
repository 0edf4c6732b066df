package layers.bench.da;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import layers.l1.network.SimRandom;
import layers.l2.da.DaPublisher;
import layers.l2.da.ErasureCodedData;
import layers.l2.da.Reconstruction;
import layers.l2.da.ReedSolomon;
import layers.l2.da.SampleVerifier;
import layers.l2.da.SamplingSimulation;

/**
 * Data availability sampling, timed (a plain main, not JMH): after a warm-up, for 2^12 to 2^16 coded chunks of 4
 * Goldilocks elements (28 bytes of data each), the Reed–Solomon extension, the Merkle commitment, and the
 * reconstruction from a seeded random half (the worst case: exactly k of 2k chunks); then the rate of checking
 * samples against a commitment, and of whole sampling nodes (30 samples each) in the seeded simulation. Median of
 * five runs after two warm-ups; wall time and main-thread CPU time.
 *
 * <p>{@code mvn -q -o -DskipTests package -pl bench -am && java -cp "bench/target/classes:bench/target/lib/*"
 * layers.bench.da.SamplingBench}, or {@code ./course bench da}
 */
public final class SamplingBench {

    private static final int ELEMENTS_PER_CHUNK = 4;
    private static volatile long sink;

    private SamplingBench() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "Sampling bench: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        warmUp();
        System.out.println("Erasure coding, 4 field elements per chunk (median of 5, ms wall / ms CPU):");
        System.out.println("  coded chunks |   data KiB |        extend |   Merkle commit | rebuild from half");
        for (int logN = 12; logN <= 16; logN++) {
            int n = 1 << logN;
            int k = n / 2;
            long[][] data = randomData(k, logN);
            long[][] ext = ReedSolomon.extend(data);
            Map<Integer, long[]> half = randomHalf(ext, logN);
            double[] extend = median(() -> ReedSolomon.extend(data).length);
            double[] commit = median(() -> ErasureCodedData.rootOf(ext).byteAt(0));
            double[] rebuild = median(() -> {
                Reconstruction r = ReedSolomon.reconstruct(half, k, ELEMENTS_PER_CHUNK);
                if (!r.succeeded()) {
                    throw new IllegalStateException(r.toString());
                }
                return r.extendedChunks()[0][0];
            });
            System.out.printf(Locale.ROOT, "  %12d | %10.1f | %6.1f/%6.1f | %7.1f/%7.1f | %7.1f/%7.1f%n", n,
                    k * ELEMENTS_PER_CHUNK * 7 / 1024.0, extend[0], extend[1], commit[0], commit[1], rebuild[0],
                    rebuild[1]);
        }
        ErasureCodedData coded = ErasureCodedData.encode(randomData(1 << 15, 99));
        var commitment = coded.commitment();
        var samples = new layers.l2.da.ChunkSample[1024];
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = coded.sample(rng.nextInt(coded.chunkCount()));
        }
        double[] verify = median(() -> {
            long ok = 0;
            for (var s : samples) {
                ok += SampleVerifier.verify(commitment, s).isValid() ? 1 : 0;
            }
            return ok;
        });
        System.out.printf(Locale.ROOT, "Sample checks against a commitment to 2^16 chunks (16-step proofs):"
                + " %,.0f/s wall,"
                + " %,.0f/s CPU%n", samples.length / verify[0] * 1e3, samples.length / verify[1] * 1e3);
        DaPublisher attacker = DaPublisher.withholdingRandom(coded, DaPublisher.minimumToBlock(coded.chunkCount()),
                new SimRandom(3));
        DaPublisher honest = DaPublisher.honest(coded);
        double[] simHonest = median(() -> SamplingSimulation.run(honest, 30, 200, 5).accepted());
        double[] simAttack = median(() -> SamplingSimulation.run(attacker, 30, 2_000, 5).accepted());
        System.out.printf(Locale.ROOT, "Sampling nodes, 30 samples each: honest publisher %,.0f nodes/s CPU;"
                + " withholding publisher (nodes stop at the first miss) %,.0f nodes/s CPU%n",
                200 / simHonest[1] * 1e3, 2_000 / simAttack[1] * 1e3);
        System.out.println("sink " + (sink & 1));
    }

    /** Runs every timed path a few times at 2^13 coded chunks, so the first row is not measured on a cold JIT. */
    private static void warmUp() {
        long[][] data = randomData(1 << 12, 1);
        for (int i = 0; i < 5; i++) {
            long[][] ext = ReedSolomon.extend(data);
            sink += ErasureCodedData.rootOf(ext).byteAt(0);
            sink += ReedSolomon.reconstruct(randomHalf(ext, i), 1 << 12, ELEMENTS_PER_CHUNK).extendedChunks()[0][0];
        }
    }

    private static long[][] randomData(int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[][] d = new long[k][ELEMENTS_PER_CHUNK];
        for (long[] chunk : d) {
            for (int j = 0; j < chunk.length; j++) {
                chunk[j] = rng.nextLong() >>> 8; // below 2^56 < p
            }
        }
        return d;
    }

    private static Map<Integer, long[]> randomHalf(long[][] ext, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] order = new int[ext.length];
        Arrays.setAll(order, i -> i);
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        Map<Integer, long[]> half = new HashMap<>();
        for (int i = 0; i < ext.length / 2; i++) {
            half.put(order[i], ext[order[i]]);
        }
        return half;
    }

    /** Median wall and CPU milliseconds of five runs after two warm-ups. */
    private static double[] median(LongSupplier work) {
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 2; i++) {
            sink += work.getAsLong();
        }
        double[] wall = new double[5];
        double[] cpu = new double[5];
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            sink += work.getAsLong();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[2], cpu[2]};
    }
}
