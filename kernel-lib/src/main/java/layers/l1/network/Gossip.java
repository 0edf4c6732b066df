package layers.l1.network;

import java.util.Arrays;
import java.util.List;

/**
 * Flooding a block (or any item) through the network: a node that receives an item for the first time relays it
 * once to each of its peers, and the copy that arrives first is the one that counts.
 *
 * <p>Gossip shares the simulation's {@link EventQueue}: each message in flight is one event of the delivery kind
 * given to the constructor, with the receiving node and the item as its arguments. The simulation takes events
 * and hands deliveries back to {@link #deliver}. A message that would arrive after a copy already on its way to
 * the same node changes nothing, so it is never scheduled: the arrival times are exactly those of flooding every
 * message, at a fraction of the events (the tests check this against a plain flood).
 *
 * <p>For each item it records when 50%, 90% and 100% of the nodes had it: the propagation times of Decker and
 * Wattenhofer's "Information propagation in the Bitcoin network" (P2P 2013) and of Gervais et al. (CCS 2016).
 */
public final class Gossip {

    /** Fractions of nodes whose reach is recorded for each item, indexed by {@code k} in {@link #reachedAt}. */
    public static final List<Double> REACH_FRACTIONS = List.of(0.5, 0.9, 1.0);

    private static final int[] PERCENTS = {50, 90, 100};

    private static final int NOT_STARTED = -1;
    private static final int EVERYWHERE = -2;
    private static final long NEVER = Long.MAX_VALUE;

    private final Network network;
    private final Topology topology;
    private final EventQueue queue;
    private final int deliveryKind;
    private final int trips;
    private final int nodes;
    private final int[] reachCounts;

    private int[] slotOfItem = new int[64];
    private long[] sizeOfItem = new long[64];
    private long[] startOfItem = new long[64];
    private long[][] reachOfItem = new long[PERCENTS.length][64];
    private int items;

    // per item in flight ("slot"): earliest arrival scheduled at each node, which nodes have it, how many
    private long[][] arrival = new long[0][];
    private long[][] received = new long[0][];
    private int[] receivedCount = new int[0];
    private int[] freeSlots = new int[0];
    private int freeCount;

    private long messagesOffered;

    public Gossip(Network network, EventQueue queue, int deliveryKind, RelayProtocol protocol) {
        this.network = network;
        this.topology = network.topology();
        this.queue = queue;
        this.deliveryKind = deliveryKind;
        this.trips = protocol.trips();
        this.nodes = network.size();
        this.reachCounts = new int[PERCENTS.length];
        for (int k = 0; k < PERCENTS.length; k++) {
            reachCounts[k] = (int) (((long) PERCENTS[k] * nodes + 99) / 100); // whole nodes, rounded up
        }
        Arrays.fill(slotOfItem, NOT_STARTED);
    }

    /**
     * {@code source} has {@code item} (of {@code sizeBytes}) at {@code timeMicros} and relays it to its peers.
     * Item numbers are small non-negative integers (block numbers); each may be broadcast once.
     */
    public void broadcast(int item, int source, long timeMicros, long sizeBytes) {
        ensureItem(item);
        if (slotOfItem[item] != NOT_STARTED) {
            throw new IllegalStateException("item " + item + " was already broadcast");
        }
        sizeOfItem[item] = sizeBytes;
        startOfItem[item] = timeMicros;
        for (long[] reach : reachOfItem) {
            reach[item] = NEVER;
        }
        slotOfItem[item] = takeSlot();
        items = Math.max(items, item + 1);
        if (receive(item, source, timeMicros)) {
            relay(source, item, timeMicros);
        }
    }

    /**
     * A delivery event taken from the queue: {@code node} gets {@code item} at {@code timeMicros}. True if this is
     * the first copy to reach the node; the caller then decides whether the node {@link #relay relays} it.
     */
    public boolean deliver(int node, int item, long timeMicros) {
        return receive(item, node, timeMicros);
    }

    /** {@code node} sends {@code item} to each of its peers that has no earlier copy on its way. */
    public void relay(int node, int item, long timeMicros) {
        int slot = slotOfItem[item];
        if (slot < 0) {
            messagesOffered += topology.endEdge(node) - topology.firstEdge(node); // sent, but every node has it
            return;
        }
        long[] earliest = arrival[slot];
        long size = sizeOfItem[item];
        int end = topology.endEdge(node);
        for (int e = topology.firstEdge(node); e < end; e++) {
            int peer = topology.peerAt(e);
            long at = timeMicros + network.relayDelayMicros(e, size, trips);
            messagesOffered++;
            if (at < earliest[peer]) {
                earliest[peer] = at;
                queue.schedule(at, deliveryKind, peer, item);
            }
        }
    }

    /** True if {@code node} has {@code item}. */
    public boolean has(int item, int node) {
        if (item >= items) {
            return false;
        }
        int slot = slotOfItem[item];
        if (slot == EVERYWHERE) {
            return true;
        }
        return slot >= 0 && (received[slot][node >>> 6] & (1L << node)) != 0;
    }

    /** True once every node has {@code item}. */
    public boolean reachedAll(int item) {
        return item < items && slotOfItem[item] == EVERYWHERE;
    }

    /** When {@code item} had reached {@code REACH_FRACTIONS.get(k)} of the nodes, in µs; -1 if it has not (yet). */
    public long reachedAt(int item, int k) {
        if (item >= items || slotOfItem[item] == NOT_STARTED) {
            return -1;
        }
        long t = reachOfItem[k][item];
        return t == NEVER ? -1 : t;
    }

    /** When {@code item} was broadcast, in µs. */
    public long startedAt(int item) {
        return startOfItem[item];
    }

    /** Messages the relaying nodes sent (one per peer per relay), whether or not they were the first to arrive. */
    public long messagesOffered() {
        return messagesOffered;
    }

    public Network network() {
        return network;
    }

    private boolean receive(int item, int node, long timeMicros) {
        int slot = slotOfItem[item];
        if (slot < 0) {
            return false; // everywhere already
        }
        long[] bits = received[slot];
        long mask = 1L << node;
        if ((bits[node >>> 6] & mask) != 0) {
            return false;
        }
        bits[node >>> 6] |= mask;
        arrival[slot][node] = timeMicros;
        int count = ++receivedCount[slot];
        for (int k = 0; k < reachCounts.length; k++) {
            if (count == reachCounts[k]) {
                reachOfItem[k][item] = timeMicros;
            }
        }
        if (count == nodes) {
            slotOfItem[item] = EVERYWHERE;
            freeSlots[freeCount++] = slot;
        }
        return true;
    }

    private int takeSlot() {
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else {
            slot = arrival.length;
            int grown = slot + 1;
            arrival = Arrays.copyOf(arrival, grown);
            received = Arrays.copyOf(received, grown);
            receivedCount = Arrays.copyOf(receivedCount, grown);
            freeSlots = Arrays.copyOf(freeSlots, grown);
            arrival[slot] = new long[nodes];
            received[slot] = new long[(nodes + 63) >>> 6];
        }
        Arrays.fill(arrival[slot], NEVER);
        Arrays.fill(received[slot], 0L);
        receivedCount[slot] = 0;
        return slot;
    }

    private void ensureItem(int item) {
        if (item < 0) {
            throw new IllegalArgumentException("item numbers are 0 or more, was " + item);
        }
        if (item >= slotOfItem.length) {
            int length = Math.max(item + 1, slotOfItem.length * 2);
            int old = slotOfItem.length;
            slotOfItem = Arrays.copyOf(slotOfItem, length);
            Arrays.fill(slotOfItem, old, length, NOT_STARTED);
            sizeOfItem = Arrays.copyOf(sizeOfItem, length);
            startOfItem = Arrays.copyOf(startOfItem, length);
            for (int k = 0; k < reachOfItem.length; k++) {
                reachOfItem[k] = Arrays.copyOf(reachOfItem[k], length);
            }
        }
    }
}
