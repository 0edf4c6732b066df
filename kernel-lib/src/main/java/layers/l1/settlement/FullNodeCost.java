package layers.l1.settlement;

import layers.core.Verdict;
import layers.l1.block.Block;
import layers.l1.block.ChainParams;
import layers.notebook.Progress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * What verifying everything costs a full node, and how it grows with history: measured on the course's small chains
 * (time and bytes to sync from genesis, for chains of growing length), then extrapolated to a real chain's size.
 *
 * <p>The extrapolation divides the real chain's bytes by the rate measured here, so it is the time this course's
 * validator (one thread, every signature checked in Java) would take, not Bitcoin Core's: Core verifies signatures
 * with libsecp256k1 on several threads and by default skips the signatures of old blocks ({@code assumevalid}).
 * What carries over is the shape: the cost is linear in the history, for every new node, forever.
 */
public final class FullNodeCost {

    private FullNodeCost() {
    }

    /**
     * Syncs a fresh full node from genesis over the first {@code lengths[i]} blocks of one {@link DemoChain}; one row
     * per length: {@code blocks}, {@code transactions}, {@code storageBytes}, {@code verifySeconds},
     * {@code bytesPerSecond}, {@code txPerSecond}.
     */
    public static Table measure(int[] lengths, int paymentsPerBlock, long seed, Progress progress) {
        int longest = 0;
        for (int n : lengths) {
            if (n < 1) {
                throw new IllegalArgumentException("chain lengths must be at least 1, not " + n);
            }
            longest = Math.max(longest, n);
        }
        List<Block> chain = DemoChain.build(longest, paymentsPerBlock, seed);
        IntColumn blocks = IntColumn.create("blocks");
        LongColumn txs = LongColumn.create("transactions");
        LongColumn bytes = LongColumn.create("storageBytes");
        DoubleColumn seconds = DoubleColumn.create("verifySeconds");
        DoubleColumn rate = DoubleColumn.create("bytesPerSecond");
        DoubleColumn txRate = DoubleColumn.create("txPerSecond");
        for (int n : lengths) {
            SyncReport r = FullNode.syncFromGenesis(ChainParams.easy(), chain.subList(0, n));
            if (!r.verdict().isValid()) {
                throw new IllegalStateException("the demo chain should be valid: " + r.verdict());
            }
            blocks.append(r.blocks());
            txs.append(r.transactions());
            bytes.append(r.bytes());
            seconds.append(r.seconds());
            rate.append(r.bytesPerSecond());
            txRate.append(r.transactionsPerSecond());
            progress.step();
        }
        progress.done();
        return Table.create("full node: cost of verifying from genesis", blocks, txs, bytes, seconds, rate, txRate);
    }

    public static Table measure(int[] lengths, int paymentsPerBlock, long seed) {
        return measure(lengths, paymentsPerBlock, seed, Progress.silent("syncing", lengths.length));
    }

    /**
     * The row of a {@link #measure} table with the highest rate, as a report. Other work on the machine only ever
     * slows a timed run down, so the fastest run is the best estimate of what the validator itself can do.
     */
    public static SyncReport fastestRun(Table measured) {
        if (measured.rowCount() == 0) {
            throw new IllegalArgumentException("the table has no runs");
        }
        int best = 0;
        for (int row = 1; row < measured.rowCount(); row++) {
            if (measured.doubleColumn("bytesPerSecond").get(row) > measured.doubleColumn("bytesPerSecond").get(best)) {
                best = row;
            }
        }
        return new SyncReport(measured.intColumn("blocks").get(best), measured.longColumn("transactions").get(best),
                measured.longColumn("storageBytes").get(best),
                Math.round(measured.doubleColumn("verifySeconds").get(best) * 1e9), Verdict.valid());
    }

    /**
     * The real chain's storage and initial sync time at {@code measured}'s rate, now and each year ahead for
     * {@code years} years: columns {@code yearsAhead}, {@code chainGB}, {@code initialSyncHours}.
     */
    public static Table extrapolate(SyncReport measured, ChainSize real, int years) {
        if (years < 0) {
            throw new IllegalArgumentException("years must be 0 or more, not " + years);
        }
        double rate = measured.bytesPerSecond();
        IntColumn ahead = IntColumn.create("yearsAhead");
        DoubleColumn gb = DoubleColumn.create("chainGB");
        DoubleColumn hours = DoubleColumn.create("initialSyncHours");
        for (int y = 0; y <= years; y++) {
            long bytes = real.bytesAfterDays(365L * y);
            ahead.append(y);
            gb.append(bytes / 1e9);
            hours.append(bytes / rate / 3600);
        }
        return Table.create("full node cost, extrapolated from " + real.source() + " (" + real.asOf() + ")", ahead, gb,
                hours);
    }
}
