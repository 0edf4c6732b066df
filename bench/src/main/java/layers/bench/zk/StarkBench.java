package layers.bench.zk;

import layers.core.Verdict;
import layers.l2.zk.air.TraceTable;
import layers.l2.zk.air.FibonacciAir;
import layers.l2.zk.air.StarkAir;
import layers.l2.zk.stark.StarkParameters;
import layers.l2.zk.stark.StarkProof;
import layers.l2.zk.stark.StarkProver;
import layers.l2.zk.stark.StarkVerifier;
import layers.l2.zk.rollup.ZkBatch;
import layers.l2.zk.rollup.ZkRollupAir;
import layers.l2.zk.rollup.ZkRollupState;
import layers.l2.zk.rollup.ZkTraffic;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Prover time, verifier time and proof size of the course STARK with {@link StarkParameters#DEFAULT} (blowup 8,
 * 28 queries, 16 bits of grinding), for Fibonacci traces (2 columns) of 2^10 … 2^16 rows (2^18 with
 * {@code --max 18}), then for rollup batches of 2^6 − 1 … 2^14 − 1 transfers between 8 accounts (103 columns). A
 * plain main, not JMH: one proof takes seconds. Each size is proved once to warm up, then {@code --runs} times
 * (default 3) and the median is printed; the verifier is run 20 times per proof (median). Wall time and CPU time are both printed (the prover's CPU time is the whole process's, over its
 * threads; the verifier's is its thread's), and the machine's load average, since other work shares the cores: on
 * a loaded machine the CPU times are the steadier figures.
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
        for (int w = 0; w < 3; w++) { // warm the JIT on a middle size before measuring anything
            FibonacciAir warm = FibonacciAir.honest(1 << 13);
            StarkVerifier.verify(warm, new StarkProver(params).prove(warm, FibonacciAir.trace(1 << 13)), params);
        }
        System.out.printf(Locale.ROOT, "%-10s %8s %9s %9s %10s %9s %9s %6s %6s%n", "AIR", "rows", "prove s",
                "cpu s", "verify ms", "cpu ms", "proof KB", "bits", "load");
        for (int log = 10; log <= max; log++) {
            int n = 1 << log;
            FibonacciAir air = FibonacciAir.honest(n);
            report(air, FibonacciAir.trace(n), params, runs);
        }
        // Rollup batches: 8 accounts (103 trace columns), n − 1 transfers in a trace of n rows.
        ZkRollupState genesis = ZkRollupState.genesis(0, 1_000_000, 1_000_000, 1_000_000, 1_000_000, 1_000_000,
                1_000_000, 1_000_000);
        int rollupMax = Math.min(max, 14);
        for (int log = 6; log <= rollupMax; log += 2) {
            int n = 1 << log;
            ZkBatch batch = new ZkBatch(ZkTraffic.generate(genesis, n - 1, 16, log));
            ZkRollupAir air = ZkRollupAir.forRollup(genesis, genesis.apply(batch), batch, n);
            report(air, ZkRollupAir.trace(genesis, batch, n), params, runs);
        }
    }

    /** Proves and verifies {@code trace}, printing one row of the table. */
    public static void report(StarkAir air, TraceTable trace, StarkParameters params, int runs) {
        StarkProver prover = new StarkProver(params);
        StarkProof proof = prover.prove(air, trace); // warm-up
        double[] prove = new double[runs];
        double[] proveCpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            proof = prover.prove(air, trace);
            prove[r] = (System.nanoTime() - t0) / 1e9;
            proveCpu[r] = (processCpuNanos() - c0) / 1e9;
        }
        byte[] bytes = proof.toBytes();
        double[] verify = new double[20];
        double[] verifyCpu = new double[20];
        for (int r = 0; r < verify.length; r++) {
            long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Verdict v = StarkVerifier.verify(air, bytes, params);
            verify[r] = (System.nanoTime() - t0) / 1e6;
            verifyCpu[r] = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e6;
            if (!v.isValid()) {
                throw new IllegalStateException("the honest proof was rejected: " + v);
            }
        }
        String name = air.name().startsWith("fibonacci") ? "fibonacci" : "rollup-8";
        System.out.printf(Locale.ROOT, "%-10s %8d %9.2f %9.2f %10.2f %9.2f %9.1f %6d %6.2f%n", name,
                air.traceLength(), median(prove), median(proveCpu), median(verify), median(verifyCpu),
                bytes.length / 1024.0, params.conjecturedSecurityBits(air.traceLength()), load());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    /** CPU time of the whole process (all threads: the prover is parallel). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
