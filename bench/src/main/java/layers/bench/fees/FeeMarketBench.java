package layers.bench.fees;

import layers.bench.HeapPeak;
import layers.l1.fees.DemandCurve;
import layers.l1.fees.FeeMarketConfig;
import layers.l1.fees.FeeMarketResult;
import layers.l1.fees.FeeMarketSimulation;
import layers.l1.fees.Gas;
import layers.l1.fees.GasMix;
import layers.l1.fees.Mechanism;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The fee market at scale (a plain main, not JMH: one run takes seconds): 1,000,000 expected transactions over
 * 10,000 blocks of 12 seconds (33 hours 20 minutes) at London's 30M gas limit, under EIP-1559 and then under a
 * first-price auction, with the same users. Every transaction uses 180,000 gas (a heavy swap), so that 100 a block,
 * the average, is 1.2 times the 15M target: the base fee must price some users out. Demand is 7.246 tx/s,
 * 2.5 times that for 100 blocks in every 1,000 (ten congestion episodes above the 30M limit), so that the expected
 * total is exactly 1,000,000 = 7.246 · (120,000 + 1.5 · 12,000) s. Prints each run's wall time, its main-thread CPU
 * time (less sensitive to a shared machine's load) and the heap's peak use (the sum of the heap pools' peaks, reset
 * after a GC before the run), after a warm-up run a tenth the size.
 *
 * <p>{@code cd /work/main && mvn -q -o -DskipTests package -pl bench -am && java -cp
 * "bench/target/classes:bench/target/lib/*" layers.bench.fees.FeeMarketBench}
 */
public final class FeeMarketBench {

    private static final int BLOCKS = 10_000;
    private static final long SLOT = 12;
    private static final double EXPECTED = 1_000_000;

    private FeeMarketBench() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "Fee market bench: %d blocks, %.0f transactions expected, %d cores, %s %s, max heap %d MB%n",
                BLOCKS, EXPECTED, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        new FeeMarketSimulation(config(Mechanism.EIP_1559, BLOCKS / 10)).run(); // warm-up
        for (Mechanism m : new Mechanism[] {Mechanism.EIP_1559, Mechanism.FIRST_PRICE_AUCTION}) {
            FeeMarketConfig config = config(m, BLOCKS);
            System.gc();
            HeapPeak.reset();
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            FeeMarketResult r = new FeeMarketSimulation(config).run();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long peak = HeapPeak.bytes();
            System.out.printf(Locale.ROOT, "%-19s %,d arrived, %,d included, %,d abandoned, %,d pending | %.2f s "
                            + "(%,.0f transactions/s; main thread CPU %.2f s) | peak heap %,d MB | p50/p90 wait %.1f/%.1f s | max base fee %.1f Gwei"
                            + " | burnt %s%n", m, r.totalArrived(), r.totalIncluded(), r.totalAbandoned(),
                    r.pendingAtEnd(), seconds, r.totalArrived() / seconds, cpu, peak >> 20, r.waitingTimePercentile(50),
                    r.waitingTimePercentile(90), r.blocks().doubleColumn("baseFeeGwei").max(), r.totalBurnt().toEtherString());
        }
    }

    /** Ten congestion episodes: demand 2.5 times for blocks 450-549, 1,450-1,549, ... */
    static FeeMarketConfig config(Mechanism mechanism, int blocks) {
        double base = EXPECTED / (BLOCKS * SLOT + 1.5 * 10 * 100 * SLOT);
        DemandCurve demand = DemandCurve.constant(base);
        for (int episode = 0; episode * 1_000 + 450 < blocks; episode++) {
            double from = (episode * 1_000 + 450) * SLOT;
            demand = demand.withSpike(from, from + 100 * SLOT, 2.5);
        }
        FeeMarketConfig ethereum = FeeMarketConfig.ethereum();
        return ethereum.withMechanism(mechanism).withBlocks(blocks).withDemand(demand)
                .withBidders(ethereum.bidders().withMix(GasMix.only("heavy swap", Gas.of(180_000))));
    }
}
