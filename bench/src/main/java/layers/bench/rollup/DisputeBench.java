package layers.bench.rollup;

import layers.bench.HeapPeak;
import layers.l1.fees.Wei;
import layers.l1.network.SimRandom;
import layers.l1.network.SimTime;
import layers.l2.optimistic.ChallengerStrategy;
import layers.l2.optimistic.DefenderStrategy;
import layers.l2.optimistic.DisputeGame;
import layers.l2.optimistic.DisputeRunner;
import layers.l2.optimistic.ExecutionTrace;
import layers.l2.optimistic.OneStepProof;
import layers.l2.optimistic.StepContext;
import layers.l2.optimistic.TraceFault;
import layers.l2.optimistic.TraceInput;
import layers.l2.optimistic.TraceWorkloads;

import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.util.Locale;

/**
 * A dispute over a trace of 2^20 steps (a plain main, not JMH: one run takes tens of seconds). The batch is 2^20
 * ether transfers among 64 accounts, made on demand; the proposer's trace mints 1 ether from nothing at a seeded step.
 * Both parties execute the batch once, keeping a checkpoint every 1,024 steps (1,024 checkpoints, not 2^20 states);
 * then the dispute runs at degree 2 (bisection, OP Stack) and degree 40 (Arbitrum's pre-BoLD maximum), the honest
 * watcher challenging. Prints the execution rate, rounds, the dispute's wall time, the steps re-executed and
 * commitments computed for it, the one-step proof's size, the heap's peak and what stays live after a GC.
 *
 * <p>{@code mvn -q -o -DskipTests package -pl bench -am && java -cp "bench/target/classes:bench/target/lib/*"
 * layers.bench.rollup.DisputeBench} (or {@code ./course bench dispute})
 */
public final class DisputeBench {

    private static final int LOG_STEPS = 20;
    private static final long SEED = 2024;

    private DisputeBench() {
    }

    public static void main(String[] args) {
        long steps = 1L << LOG_STEPS;
        var accounts = TraceWorkloads.accounts(64);
        var genesis = TraceWorkloads.genesis(accounts, Wei.ether(1_000));
        TraceInput batch = TraceWorkloads.transfers(accounts, steps, SEED);
        long faultStep = new SimRandom(SEED).nextInt((int) steps);
        System.out.printf(Locale.ROOT, "Dispute bench: %,d steps (2^%d), fault at step %,d, %d cores, %s %s, max heap %d MB%n",
                steps, LOG_STEPS, faultStep, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        System.gc();
        HeapPeak.reset();
        long t0 = System.nanoTime();
        ExecutionTrace honest = ExecutionTrace.of(genesis, batch, StepContext.DEFAULT, 1024, java.util.Optional.empty());
        double honestSeconds = (System.nanoTime() - t0) / 1e9;
        ExecutionTrace fraud = ExecutionTrace.of(genesis, batch, StepContext.DEFAULT, 1024,
                java.util.Optional.of(new TraceFault.ExtraMint(faultStep, accounts.get(63), BigInteger.TEN.pow(18))));
        System.out.printf(Locale.ROOT, "execution: %,d steps in %.2f s (%,.0f steps/s), %,d checkpoints (the state has %d entries at the end)%n",
                steps, honestSeconds, steps / honestSeconds, honest.checkpointCount(), honest.stateAt(steps).size());
        for (int degree : new int[] {DisputeGame.BISECTION, DisputeGame.ARBITRUM_CLASSIC_DEGREE}) {
            long honestSteps = honest.stepsExecuted();
            long fraudSteps = fraud.stepsExecuted();
            long honestCommitments = honest.commitmentsComputed();
            long fraudCommitments = fraud.commitmentsComputed();
            DisputeGame game = DisputeGame.open(honest.commitment(0), steps, fraud.commitment(steps),
                    honest.commitment(steps), batch, StepContext.DEFAULT, degree, DisputeGame.DEFAULT_CLOCK,
                    SimTime.ZERO);
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            SimTime end = DisputeRunner.play(game, DefenderStrategy.of(fraud), ChallengerStrategy.of(honest),
                    SimTime.ZERO, SimTime.ofSeconds(3600), 1);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            OneStepProof proof = honest.oneStepProof(game.segmentStart());
            System.out.printf(Locale.ROOT, "degree %2d: %s wins at step %,d after %d rounds (log_%d(2^%d) = %.1f) | "
                            + "dispute %.2f s (CPU %.2f s) | re-executed %,d + %,d steps, %,d + %,d commitments | "
                            + "one-step proof: %d entries, %d non-empty hashes | %.1f simulated days at 1 h a move%n",
                    degree, game.winner().orElseThrow(), game.segmentStart(), game.rounds(), degree, LOG_STEPS,
                    LOG_STEPS * Math.log(2) / Math.log(degree), seconds, cpu, honest.stepsExecuted() - honestSteps,
                    fraud.stepsExecuted() - fraudSteps, honest.commitmentsComputed() - honestCommitments,
                    fraud.commitmentsComputed() - fraudCommitments, proof.entries().size(), proof.nonEmptyHashes(),
                    end.toSeconds() / 86_400);
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "peak heap %,d MB (garbage included); live heap after a GC with both traces held: "
                + "%,d MB%n", HeapPeak.bytes() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
        if (honest.length() != fraud.length()) {
            throw new IllegalStateException("keeps both traces reachable until the measurement");
        }
    }
}
