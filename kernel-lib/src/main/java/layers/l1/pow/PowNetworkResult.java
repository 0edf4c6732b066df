package layers.l1.pow;

import layers.l1.network.Gossip;
import layers.l1.network.Network;
import layers.l1.network.Region;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;

/**
 * What a {@link PowNetworkSimulation} run produced, as tables a notebook can show or chart directly. Times are in
 * seconds of simulated time. The main chain is the heaviest one at the end (on a tie, the tip most nodes hold, then
 * the one mined first); a stale block is any mined block not on it.
 */
public final class PowNetworkResult {

    private final PowNetworkConfig config;
    private final Network network;
    private final BlockTree tree;
    private final int[] tip;
    private final int[] reorgCount;
    private final int[] deepestReorg;
    private final ReorgLog reorgs;
    private final Gossip gossip;
    private final boolean[] published;
    private final long events;
    private final int mainTip;
    private final boolean[] onMainChain;

    PowNetworkResult(PowNetworkConfig config, Network network, BlockTree tree, int[] tip, int[] reorgCount,
                     int[] deepestReorg, ReorgLog reorgs, Gossip gossip, boolean[] published, long events) {
        this.config = config;
        this.network = network;
        this.tree = tree;
        this.tip = tip.clone();
        this.reorgCount = reorgCount.clone();
        this.deepestReorg = deepestReorg.clone();
        this.reorgs = reorgs;
        this.gossip = gossip;
        this.published = published;
        this.events = events;
        this.mainTip = chooseMainTip();
        this.onMainChain = tree.chainOf(mainTip);
    }

    public PowNetworkConfig config() {
        return config;
    }

    /** Every block mined, forks included; block numbers in the tables index into it. */
    public BlockTree tree() {
        return tree;
    }

    /** The tip of the main chain. */
    public int mainTip() {
        return mainTip;
    }

    public boolean isOnMainChain(int block) {
        return onMainChain[block];
    }

    /** The tip of {@code node}'s chain at the end. */
    public int tipOf(int node) {
        return tip[node];
    }

    /** Blocks mined (genesis not counted). */
    public int blocksMined() {
        return tree.size() - 1;
    }

    /** Mined blocks that are not on the main chain. */
    public int staleCount() {
        int stale = 0;
        for (int b = 1; b < tree.size(); b++) {
            if (!onMainChain[b]) {
                stale++;
            }
        }
        return stale;
    }

    /** Stale blocks as a fraction of the blocks mined: Gervais et al.'s stale block rate. */
    public double staleRate() {
        return staleCount() / (double) blocksMined();
    }

    /** Events the simulator processed (mining and deliveries). */
    public long eventsProcessed() {
        return events;
    }

    /** Block messages relaying nodes sent, including those that arrived after another copy. */
    public long messagesOffered() {
        return gossip.messagesOffered();
    }

    /** One row per mined block: where it sits in the tree, who mined it when, and whether it made the main chain. */
    public Table blocks() {
        IntColumn block = IntColumn.create("block");
        IntColumn height = IntColumn.create("height");
        IntColumn parent = IntColumn.create("parent");
        IntColumn miner = IntColumn.create("miner");
        StringColumn region = StringColumn.create("region");
        DoubleColumn minedAt = DoubleColumn.create("minedAtSeconds");
        BooleanColumn isPublished = BooleanColumn.create("published");
        BooleanColumn main = BooleanColumn.create("mainChain");
        for (int b = 1; b < tree.size(); b++) {
            block.append(b);
            height.append(tree.height(b));
            parent.append(tree.parent(b));
            miner.append(tree.miner(b));
            region.append(regionName(tree.miner(b)));
            minedAt.append(tree.minedAtMicros(b) / 1e6);
            isPublished.append(published[b]);
            main.append(onMainChain[b]);
        }
        return Table.create("blocks", block, height, parent, miner, region, minedAt, isPublished, main);
    }

    /**
     * One row per published block: when it was sent, and how long after that 50%, 90% and 100% of the nodes had it
     * (missing if it never got that far).
     */
    public Table propagation() {
        IntColumn block = IntColumn.create("block");
        DoubleColumn sentAt = DoubleColumn.create("publishedAtSeconds");
        DoubleColumn[] reach = new DoubleColumn[Gossip.REACH_FRACTIONS.size()];
        for (int k = 0; k < reach.length; k++) {
            reach[k] = DoubleColumn.create("t" + Math.round(Gossip.REACH_FRACTIONS.get(k) * 100) + "Seconds");
        }
        for (int b = 1; b < tree.size(); b++) {
            if (!published[b]) {
                continue;
            }
            long start = gossip.startedAt(b);
            block.append(b);
            sentAt.append(start / 1e6);
            for (int k = 0; k < reach.length; k++) {
                long at = gossip.reachedAt(b, k);
                if (at < 0) {
                    reach[k].appendMissing();
                } else {
                    reach[k].append((at - start) / 1e6);
                }
            }
        }
        Table t = Table.create("propagation", block, sentAt);
        t.addColumns(reach);
        return t;
    }

    /** One row per height at which more than one block was mined: how many, and which one the main chain kept. */
    public Table forks() {
        int maxHeight = 0;
        for (int b = 0; b < tree.size(); b++) {
            maxHeight = Math.max(maxHeight, tree.height(b));
        }
        int[] count = new int[maxHeight + 1];
        int[] main = new int[maxHeight + 1];
        Arrays.fill(main, -1);
        for (int b = 1; b < tree.size(); b++) {
            count[tree.height(b)]++;
            if (onMainChain[b]) {
                main[tree.height(b)] = b;
            }
        }
        IntColumn height = IntColumn.create("height");
        IntColumn blocks = IntColumn.create("blocks");
        IntColumn mainBlock = IntColumn.create("mainBlock");
        IntColumn stale = IntColumn.create("staleBlocks");
        for (int h = 1; h <= maxHeight; h++) {
            if (count[h] > 1) {
                height.append(h);
                blocks.append(count[h]);
                if (main[h] < 0) {
                    mainBlock.appendMissing();
                } else {
                    mainBlock.append(main[h]);
                }
                stale.append(count[h] - (main[h] < 0 ? 0 : 1));
            }
        }
        return Table.create("forks", height, blocks, mainBlock, stale);
    }

    /** The rows of {@link #blocks()} that are not on the main chain. */
    public Table staleBlocks() {
        Table all = blocks();
        return all.where(all.booleanColumn("mainChain").isFalse()).setName("stale blocks");
    }

    /** One row per node: its tip at the end, whether that is the main chain's, and the reorganisations it made. */
    public Table tips() {
        IntColumn node = IntColumn.create("node");
        StringColumn region = StringColumn.create("region");
        IntColumn tipColumn = IntColumn.create("tip");
        IntColumn height = IntColumn.create("tipHeight");
        BooleanColumn main = BooleanColumn.create("onMainChain");
        IntColumn reorgColumn = IntColumn.create("reorgs");
        IntColumn deepest = IntColumn.create("deepestReorg");
        for (int v = 0; v < tip.length; v++) {
            node.append(v);
            region.append(regionName(v));
            tipColumn.append(tip[v]);
            height.append(tree.height(tip[v]));
            main.append(onMainChain[tip[v]]);
            reorgColumn.append(reorgCount[v]);
            deepest.append(deepestReorg[v]);
        }
        return Table.create("tips", node, region, tipColumn, height, main, reorgColumn, deepest);
    }

    /** Every time a node switched to a chain that does not extend its old tip, with how many blocks it undid. */
    public Table reorgs() {
        return reorgs.toTable();
    }

    /** One row: the run's parameters and headline figures. */
    public Table summary() {
        Table p = propagation();
        return Table.create("summary",
                IntColumn.create("nodes", new int[] {config.nodes()}),
                DoubleColumn.create("blockIntervalSeconds", config.blockInterval().toSeconds()),
                LongColumn.create("blockSizeBytes", new long[] {config.blockSizeBytes()}),
                IntColumn.create("blocks", new int[] {blocksMined()}),
                IntColumn.create("staleBlocks", new int[] {staleCount()}),
                DoubleColumn.create("staleRate", staleRate()),
                DoubleColumn.create("medianT50Seconds", p.doubleColumn("t50Seconds").median()),
                DoubleColumn.create("medianT90Seconds", p.doubleColumn("t90Seconds").median()),
                DoubleColumn.create("medianT100Seconds", p.doubleColumn("t100Seconds").median()),
                LongColumn.create("events", new long[] {events}));
    }

    private String regionName(int node) {
        if (node < 0) {
            return "";
        }
        Region r = network.region(node);
        return r == null ? "" : r.name();
    }

    private int chooseMainTip() {
        long bestWork = -1;
        for (int b = 0; b < tree.size(); b++) {
            if (published[b]) { // a withheld chain is not the network's, however heavy
                bestWork = Math.max(bestWork, tree.chainWork(b));
            }
        }
        int[] holders = new int[tree.size()];
        for (int t : tip) {
            holders[t]++;
        }
        int best = -1;
        for (int b = 0; b < tree.size(); b++) {
            if (published[b] && tree.chainWork(b) == bestWork && (best < 0 || holders[b] > holders[best])) {
                best = b;
            }
        }
        return best;
    }
}
