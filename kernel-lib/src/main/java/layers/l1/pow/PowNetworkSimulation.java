package layers.l1.pow;

import layers.l1.network.EventQueue;
import layers.l1.network.Gossip;
import layers.l1.network.Network;
import layers.l1.network.SimRandom;
import layers.l1.network.SimTime;
import layers.notebook.Progress;

import java.util.Arrays;

/**
 * A proof-of-work network, simulated event by event: miners win blocks in a {@link MiningRace}, each on the tip of
 * its heaviest chain; blocks spread by {@link Gossip}; every node follows the chain with the most work, keeping the
 * first one it saw on a tie. Runs once; {@link #run} returns the tables of what happened.
 *
 * <p>The seed in the configuration fixes everything: it is split into independent streams for the topology and
 * regions, the placement of hash power and the mining race, so that two runs differing only in block interval or
 * size see the same network and the same sequence of winners (their inter-block waits scaled).
 *
 * <p>A node that receives a block whose parent it has not seen yet takes the block's ancestors with it, as a node
 * fetching missing blocks would; with equal block sizes a parent always arrives first anyway.
 */
public final class PowNetworkSimulation {

    private static final int MINE = 0;
    private static final int DELIVER = 1;
    private static final long TOPOLOGY_STREAM = 1;
    private static final long HASH_POWER_STREAM = 2;
    private static final long MINING_STREAM = 3;

    private final PowNetworkConfig config;
    private final Network network;
    private final MiningRace race;
    private final SimRandom mining;
    private final Adversary adversary;
    private final int adversaryNode;

    private final EventQueue queue = new EventQueue(4096);
    private final Gossip gossip;
    private final BlockTree tree = new BlockTree();
    private final int[] tip;
    private final int[] reorgCount;
    private final int[] deepestReorg;
    private final ReorgLog reorgs = new ReorgLog();
    private boolean[] published = new boolean[64];
    private long now;
    private boolean ran;

    /** An honest network. */
    public PowNetworkSimulation(PowNetworkConfig config) {
        this(config, null);
    }

    /** A network with {@code adversary} at one of its nodes (null for none). */
    public PowNetworkSimulation(PowNetworkConfig config, Adversary adversary) {
        this.config = config;
        SimRandom root = new SimRandom(config.seed());
        this.network = Network.bitcoinLike(config.nodes(), config.outboundPeers(), root.split(TOPOLOGY_STREAM));
        double[] power = config.hashPower().assign(config.nodes(), root.split(HASH_POWER_STREAM));
        this.adversary = adversary;
        this.adversaryNode = adversary == null ? -1 : adversary.node();
        if (adversary != null) {
            placeAdversary(power, adversary);
        }
        this.race = MiningRace.ofShares(power, config.blockInterval());
        this.mining = root.split(MINING_STREAM);
        this.gossip = new Gossip(network, queue, DELIVER, config.relay());
        this.tip = new int[config.nodes()];
        this.reorgCount = new int[config.nodes()];
        this.deepestReorg = new int[config.nodes()];
        published[BlockTree.GENESIS] = true;
    }

    /** The network the blocks travel over. */
    public Network network() {
        return network;
    }

    /** Mines {@code blocks} blocks, lets the last ones propagate, and returns what happened. */
    public PowNetworkResult run(int blocks) {
        return run(blocks, Progress.silent("mining " + blocks + " blocks", blocks));
    }

    /** As {@link #run(int)}, advancing {@code progress} once per block mined. */
    public PowNetworkResult run(int blocks, Progress progress) {
        if (ran) {
            throw new IllegalStateException("this simulation has already run; make a new one");
        }
        if (blocks < 1) {
            throw new IllegalArgumentException("mine at least 1 block, not " + blocks);
        }
        ran = true;
        int mined = 0;
        queue.schedule(race.nextWaitMicros(mining), MINE, 0, 0);
        while (!queue.isEmpty()) {
            queue.take();
            now = queue.time();
            if (queue.kind() == MINE) {
                mineBlock();
                mined++;
                progress.step();
                if (mined < blocks) {
                    queue.schedule(now + race.nextWaitMicros(mining), MINE, 0, 0);
                }
            } else {
                int node = queue.a();
                int block = queue.b();
                if (gossip.deliver(node, block, now)) {
                    receive(node, block);
                    gossip.relay(node, block, now);
                }
            }
        }
        progress.done();
        return new PowNetworkResult(config, network, tree, tip, reorgCount, deepestReorg, reorgs, gossip,
                Arrays.copyOf(published, tree.size()), queue.taken());
    }

    private void mineBlock() {
        int miner = race.nextWinner(mining);
        if (miner == adversaryNode) {
            int block = tree.add(adversary.parentForNextBlock(view), miner, now, 1);
            markUnpublished(block);
            adversary.onMined(view, block);
        } else {
            int block = tree.add(tip[miner], miner, now, 1);
            markUnpublished(block);
            tip[miner] = block;
            publish(block, miner);
        }
    }

    private void receive(int node, int block) {
        adopt(node, block);
        if (node == adversaryNode) {
            adversary.onReceived(view, block);
        }
    }

    /** Heaviest-chain fork choice at one node: switch only to strictly more work, so the first seen wins ties. */
    private void adopt(int node, int block) {
        int old = tip[node];
        if (tree.chainWork(block) <= tree.chainWork(old)) {
            return;
        }
        tip[node] = block;
        if (tree.parent(block) != old && !tree.isAncestor(old, block)) {
            int depth = tree.height(old) - tree.height(tree.commonAncestor(old, block));
            reorgs.record(now, node, old, block, depth);
            reorgCount[node]++;
            deepestReorg[node] = Math.max(deepestReorg[node], depth);
        }
    }

    private void publish(int block, int from) {
        published[block] = true;
        gossip.broadcast(block, from, now, config.blockSizeBytes());
    }

    private void markUnpublished(int block) {
        if (block >= published.length) {
            published = Arrays.copyOf(published, published.length * 2);
        }
        published[block] = false;
    }

    private static void placeAdversary(double[] power, Adversary adversary) {
        int node = adversary.node();
        double q = adversary.hashShare();
        if (node < 0 || node >= power.length) {
            throw new IllegalArgumentException("the adversary's node " + node + " is not in a network of "
                    + power.length);
        }
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("the adversary's hash share must be between 0 and 1, was " + q);
        }
        power[node] = 0;
        double honest = Arrays.stream(power).sum();
        if (!(honest > 0)) {
            throw new IllegalArgumentException("no honest node mines besides the adversary");
        }
        for (int v = 0; v < power.length; v++) {
            power[v] = power[v] / honest * (1 - q);
        }
        power[node] = q;
    }

    private final AdversaryView view = new AdversaryView() {
        @Override
        public BlockTree tree() {
            return tree;
        }

        @Override
        public SimTime now() {
            return SimTime.ofMicros(now);
        }

        @Override
        public int tipOf(int node) {
            return tip[node];
        }

        @Override
        public boolean isPublished(int block) {
            return published[block];
        }

        @Override
        public void publish(int block) {
            if (published[block]) {
                return;
            }
            PowNetworkSimulation.this.publish(block, adversaryNode);
            adopt(adversaryNode, block);
        }
    };
}
