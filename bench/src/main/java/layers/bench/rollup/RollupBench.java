package layers.bench.rollup;

import layers.l1.execution.Action;
import layers.l1.execution.ContractAddresses;
import layers.l1.execution.ExecutionState;
import layers.l1.execution.TokenAmount;
import layers.l1.execution.Tx;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;
import layers.l2.rollup.ExitHatch;
import layers.l2.rollup.L1PostedData;
import layers.l2.rollup.RebuildReport;
import layers.l2.rollup.RollupConfig;
import layers.l2.rollup.RollupInbox;
import layers.l2.rollup.RollupSequencer;
import layers.l2.rollup.SequencerSimulation;
import layers.l2.rollup.TxListCodec;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The rollup at scale (a plain main, not JMH: one run takes seconds). First, L2 transactions executed per second by
 * the sequencer: 2,000 funded users send 200,000 transactions (70% ether transfers with a 21,000 gas limit, 30% ERC-20
 * transfers of one token with a 60,000 gas limit; seeded), the sequencer fills 30M-gas blocks, runs them on the
 * execution layer and posts a batch every 2 blocks. Second, the exit hatch: the time to rebuild the state from L1
 * data alone (check the accumulators, decompress and decode every batch, re-execute from genesis) for the first N
 * batches. Prints wall time and main-thread CPU time (less sensitive to a shared machine's load), after a warm-up run
 * a tenth the size.
 *
 * <p>{@code mvn -q -o -DskipTests package -pl bench -am && java -cp "bench/target/classes:bench/target/lib/*"
 * layers.bench.rollup.RollupBench} (or {@code ./course bench rollup})
 */
public final class RollupBench {

    private static final int USERS = 2_000;
    private static final int TRANSACTIONS = 200_000;
    private static final int BLOCKS_PER_BATCH = 2;
    private static final TxListCodec CODEC = TxListCodec.course();

    private RollupBench() {
    }

    /** The rollup after the run, and the timings. */
    private record Run(RollupInbox inbox, RollupSequencer sequencer, int blocks, double seconds, double cpu) {
    }

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "Rollup bench: %,d users, %,d L2 transactions, a batch every %d blocks; %d cores,"
                        + " %s %s, max heap %d MB%n", USERS, TRANSACTIONS, BLOCKS_PER_BATCH,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        run(USERS / 10, TRANSACTIONS / 10); // warm-up
        System.gc();
        Run r = run(USERS, TRANSACTIONS);
        L1PostedData data = r.inbox().postedData();
        System.out.printf(Locale.ROOT, "sequencer + execution: %,d transactions in %,d blocks, %.2f s (%,.0f tx/s);"
                        + " main thread CPU %.2f s (%,.0f tx/s)%n", TRANSACTIONS, r.blocks(), r.seconds(),
                TRANSACTIONS / r.seconds(), r.cpu(), TRANSACTIONS / r.cpu());
        System.out.printf(Locale.ROOT, "posted: %,d L1 entries, %,d bytes of compressed batches (%.1f bytes per"
                + " transaction)%n", data.entries().size(), data.batchBytes(), data.batchBytes() / (double) TRANSACTIONS);
        int total = data.entries().size();
        for (int n : new int[] {Math.max(1, total / 10), total / 2, total}) {
            L1PostedData prefix = data.firstEntries(n);
            long start = System.nanoTime();
            long cpuStart = cpu();
            RebuildReport rebuilt = ExitHatch.rebuild(CODEC, prefix);
            double s = (System.nanoTime() - start) / 1e9;
            double c = (cpu() - cpuStart) / 1e9;
            if (!rebuilt.isValid()) {
                throw new IllegalStateException("the rebuild failed: " + rebuilt.verdict());
            }
            System.out.printf(Locale.ROOT, "exit hatch: rebuild from %,d entries (L2 block %,d, %,d bytes): %.2f s,"
                    + " main thread CPU %.2f s%n", n, rebuilt.chain().height(), prefix.batchBytes(), s, c);
        }
        RebuildReport all = ExitHatch.rebuild(CODEC, data);
        System.out.printf(Locale.ROOT, "rebuilt output root equals the sequencer's: %s%n",
                all.chain().outputRoot().equals(r.sequencer().head().outputRoot()));
    }

    private static Run run(int users, int transactions) {
        SplittableRandom random = new SplittableRandom(2024);
        Map<EthereumAddress, Wei> l1 = new HashMap<>();
        EthereumAddress[] who = new EthereumAddress[users];
        for (int i = 0; i < users; i++) {
            who[i] = SequencerSimulation.user(i);
            l1.put(who[i], Wei.ether(1_000));
        }
        RollupConfig config = RollupConfig.arbitrum();
        RollupInbox inbox = new RollupInbox(config, CODEC, ExecutionState.genesis(l1));
        RollupSequencer seq = new RollupSequencer(inbox);
        SimTime now = SimTime.ofSeconds(12);
        for (EthereumAddress u : who) {
            inbox.deposit(u, u, Wei.ether(100), now);
        }
        long[] nonces = new long[users];
        EthereumAddress token = ContractAddresses.create(who[0], 0);
        seq.submit(Tx.of(who[0], nonces[0]++, new Action.DeployToken("BENCH")), now);
        for (int i = 0; i < users; i++) {
            seq.submit(Tx.of(who[0], nonces[0]++, new Action.Mint(token, who[i], TokenAmount.of(1_000_000_000))), now);
        }
        now = now.plus(config.l2BlockTime());
        while (seq.hasWork(now)) {
            seq.produceBlock(now);
            now = now.plus(config.l2BlockTime());
        }
        seq.postBatch(now);
        for (int i = 0; i < transactions; i++) {
            int from = random.nextInt(users);
            int to = (from + 1 + random.nextInt(users - 1)) % users;
            Tx tx = random.nextInt(10) < 7
                    ? Tx.of(who[from], nonces[from]++, new Action.Transfer(who[to], Wei.of(1 + random.nextInt(1_000_000))))
                            .withGasLimit(Gas.TRANSACTION)
                    : Tx.of(who[from], nonces[from]++, new Action.TokenTransfer(token, who[to],
                            TokenAmount.of(1 + random.nextInt(1_000)))).withGasLimit(Gas.of(60_000));
            seq.submit(tx, now);
        }
        long start = System.nanoTime();
        long cpuStart = cpu();
        int blocks = 0;
        while (seq.hasWork(now)) {
            now = now.plus(config.l2BlockTime());
            seq.produceBlock(now);
            blocks++;
            if (blocks % BLOCKS_PER_BATCH == 0) {
                seq.postBatch(now);
            }
        }
        seq.postBatch(now);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (cpu() - cpuStart) / 1e9;
        if (seq.pendingTransactions() != 0 || !seq.dropped().isEmpty()) {
            throw new IllegalStateException(seq.pendingTransactions() + " pending, " + seq.dropped().size() + " dropped");
        }
        return new Run(inbox, seq, blocks, seconds, cpu);
    }

    private static long cpu() {
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        return t.getCurrentThreadCpuTime();
    }
}
