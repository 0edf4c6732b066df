package layers.bench.settlement;

import layers.l1.block.Block;
import layers.l1.block.ChainParams;
import layers.l1.settlement.ChainSize;
import layers.l1.settlement.DemoChain;
import layers.l1.settlement.FinalityTimes;
import layers.l1.settlement.FullNode;
import layers.l1.settlement.SyncReport;
import layers.l1.trilemma.TrilemmaModel;
import tech.tablesaw.api.Table;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Notebook 07's models at a larger size (a plain main, not JMH: each run takes seconds). A full node's sync from
 * genesis over one of the course's chains (400 blocks, 4 signed payments a block), after a warm-up sync of the first
 * 100: its rate in bytes and transactions a second, and the first sync of Bitcoin's 500 GB (2023) at that rate. The
 * standard trilemma sweep (12 designs, 500 blocks each in a 200-node network). A million draws of each waiting-time
 * distribution. Prints wall time and main-thread CPU time (less sensitive to a shared machine's load).
 *
 * <p>{@code mvn -q -o -DskipTests package -pl bench -am && java -cp "bench/target/classes:bench/target/lib/*"
 * layers.bench.settlement.SettlementBench}
 */
public final class SettlementBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SettlementBench() {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "Settlement bench: %d cores, %s %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

        List<Block> chain = timed("build the chain: 400 blocks, 4 payments a block", () -> DemoChain.build(400, 4, 1));
        FullNode.syncFromGenesis(ChainParams.easy(), chain.subList(0, 100)); // warm-up
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        SyncReport sync = timed("full node: sync 400 blocks from genesis",
                () -> FullNode.syncFromGenesis(ChainParams.easy(), chain));
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        ChainSize bitcoin = ChainSize.bitcoin2023();
        System.out.printf(Locale.ROOT, "  %s; %,d transactions, %,d bytes: %,.0f bytes/s and %,.0f tx/s of wall"
                        + " time, %,.0f bytes/s and %,.0f tx/s of CPU time; Bitcoin's %,d GB (%s) at the CPU rate:"
                        + " %,.0f hours%n",
                sync.verdict(), sync.transactions(), sync.bytes(), sync.bytesPerSecond(), sync.transactionsPerSecond(),
                sync.bytes() / cpuSeconds, sync.transactions() / cpuSeconds, bitcoin.bytes() / 1_000_000_000L,
                bitcoin.asOf(), bitcoin.bytes() / (sync.bytes() / cpuSeconds) / 3600);

        Table sweep = timed("trilemma: the standard sweep, 12 designs", () -> TrilemmaModel.standard()
                .sweep(new long[] {1_000_000, 4_000_000, 16_000_000, 64_000_000}, new double[] {600, 150, 60}));
        System.out.printf(Locale.ROOT, "  %d rows; stale rate from %.1f%% to %.1f%%%n", sweep.rowCount(),
                100 * sweep.doubleColumn("staleRate").min(), 100 * sweep.doubleColumn("staleRate").max());

        Table waits = timed("waiting times: 1,000,000 draws of each of 4 distributions",
                () -> FinalityTimes.table(1_000_000, 0.01, 1));
        System.out.printf(Locale.ROOT, "  median minutes: PoW included %.2f, PoW 6 confirmations %.2f,"
                        + " PoS included %.2f, PoS finalized %.2f%n", waits.doubleColumn("p50Minutes").get(0),
                waits.doubleColumn("p50Minutes").get(1), waits.doubleColumn("p50Minutes").get(2),
                waits.doubleColumn("p50Minutes").get(3));
    }

    private static <T> T timed(String what, Supplier<T> work) {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        T result = work.get();
        System.out.printf(Locale.ROOT, "%-56s %7.2f s wall, %7.2f s main-thread CPU%n", what,
                (System.nanoTime() - start) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        return result;
    }
}
