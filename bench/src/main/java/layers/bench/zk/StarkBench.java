package layers.bench.zk;

import layers.core.Verdict;
import layers.l2.zk.air.ExecutionTrace;
import layers.l2.zk.air.FibonacciAir;
import layers.l2.zk.air.StarkAir;
import layers.l2.zk.stark.StarkParameters;
import layers.l2.zk.stark.StarkProof;
import layers.l2.zk.stark.StarkProver;
import layers.l2.zk.stark.StarkVerifier;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Prover time, verifier time and proof size of the course STARK with {@link StarkParameters#DEFAULT} (blowup 8,
 * 28 queries, 16 bits of grinding), for Fibonacci traces of 2^10 … 2^16 rows (2^18 with {@code --max 18}), then for
 * rollup batches (see {@code ZkRollupBench}). A plain main, not JMH: one proof takes seconds. Each size is proved
 * once to warm up, then {@code --runs} times (default 3) and the median is printed; the verifier is run 20 times per
 * proof (median). The machine's load average is printed, since other work shares its cores.
 *
 * <p>{@code mvn -q -o -DskipTests package -pl bench -am && java -cp "bench/target/classes:bench/target/lib/*"
 * layers.bench.zk.StarkBench [--max 18] [--runs 3]}
 */
public final class StarkBench {

    private StarkBench() {
    }

    public static void main(String[] args) {
        int max = 16;
        int runs = 3;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--max" -> max = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (try --max 18 --runs 3)");
            }
        }
        StarkParameters params = StarkParameters.DEFAULT;
        System.out.printf(Locale.ROOT, "STARK bench: %d cores, %s %s, max heap %d MB, load average %.2f; parameters %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, load(), params);
        System.out.printf(Locale.ROOT, "%-10s %8s %10s %10s %11s %10s %8s%n", "AIR", "rows", "prove s", "verify ms",
                "proof KB", "sec. bits", "load");
        for (int log = 10; log <= max; log++) {
            int n = 1 << log;
            FibonacciAir air = FibonacciAir.honest(n);
            report(air, FibonacciAir.trace(n), params, runs);
        }
    }

    /** Proves and verifies {@code trace}, printing one row of the table. */
    public static void report(StarkAir air, ExecutionTrace trace, StarkParameters params, int runs) {
        StarkProver prover = new StarkProver(params);
        StarkProof proof = prover.prove(air, trace); // warm-up
        double[] prove = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            proof = prover.prove(air, trace);
            prove[r] = (System.nanoTime() - t0) / 1e9;
        }
        byte[] bytes = proof.toBytes();
        double[] verify = new double[20];
        for (int r = 0; r < verify.length; r++) {
            long t0 = System.nanoTime();
            Verdict v = StarkVerifier.verify(air, bytes, params);
            verify[r] = (System.nanoTime() - t0) / 1e6;
            if (!v.isValid()) {
                throw new IllegalStateException("the honest proof was rejected: " + v);
            }
        }
        System.out.printf(Locale.ROOT, "%-10s %8d %10.2f %10.2f %11.1f %10d %8.2f%n", air.name(), air.traceLength(),
                median(prove), median(verify), bytes.length / 1024.0,
                params.conjecturedSecurityBits(air.traceLength()), load());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
