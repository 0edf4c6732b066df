package layers.l1.network;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GossipTest {

    private static final int DELIVER = 1;
    private static final long SIZE = 500_000;

    /** Runs gossip of one item from {@code source}; returns each node's first-arrival time (-1 if never). */
    private static long[] spread(Network network, int source, RelayProtocol protocol) {
        EventQueue queue = new EventQueue();
        Gossip gossip = new Gossip(network, queue, DELIVER, protocol);
        long[] arrival = new long[network.size()];
        Arrays.fill(arrival, -1);
        arrival[source] = 0;
        gossip.broadcast(0, source, 0, SIZE);
        while (!queue.isEmpty()) {
            queue.take();
            if (gossip.deliver(queue.a(), queue.b(), queue.time())) {
                arrival[queue.a()] = queue.time();
                gossip.relay(queue.a(), queue.b(), queue.time());
            }
        }
        return arrival;
    }

    /** The same flood with every message as its own event, no message ever left out: the reference. */
    private static long[] floodEveryMessage(Network network, int source, RelayProtocol protocol) {
        Topology t = network.topology();
        EventQueue queue = new EventQueue();
        long[] arrival = new long[network.size()];
        Arrays.fill(arrival, -1);
        arrival[source] = 0;
        for (int p : t.peersOf(source)) {
            queue.schedule(network.relayDelay(source, p, SIZE, protocol).micros(), 0, p, source);
        }
        while (!queue.isEmpty()) {
            queue.take();
            int v = queue.a();
            if (arrival[v] >= 0) {
                continue;
            }
            arrival[v] = queue.time();
            for (int p : t.peersOf(v)) {
                queue.schedule(queue.time() + network.relayDelay(v, p, SIZE, protocol).micros(), 0, p, v);
            }
        }
        return arrival;
    }

    @Test
    void gossipReachesEveryNodeOfAConnectedGraph() {
        Network n = Network.bitcoinLike(3_000, 8, new SimRandom(21));
        long[] arrival = spread(n, 17, RelayProtocol.INV_GETDATA);
        assertTrue(Arrays.stream(arrival).allMatch(t -> t >= 0));
    }

    @Test
    void gossipGivesTheArrivalTimesOfFloodingEveryMessage() {
        Network n = Network.bitcoinLike(1_000, 8, new SimRandom(22));
        for (RelayProtocol protocol : RelayProtocol.values()) {
            assertArrayEquals(floodEveryMessage(n, 5, protocol), spread(n, 5, protocol), protocol.name());
        }
    }

    @Test
    void onALineEachHopAddsOneRelayDelay() {
        Network n = Network.of(Topology.of(4, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}),
                LinkModel.uniform(SimTime.ofMillis(50), 4e6));
        long hop = 50_000 + 1_000_000; // 50 ms + 500,000 B × 8 / 4 Mbit/s
        assertArrayEquals(new long[] {0, hop, 2 * hop, 3 * hop}, spread(n, 0, RelayProtocol.UNSOLICITED));
    }

    @Test
    void eachNodeRelaysOnceToEachPeer() {
        Network n = Network.bitcoinLike(500, 8, new SimRandom(23));
        EventQueue queue = new EventQueue();
        Gossip gossip = new Gossip(n, queue, DELIVER, RelayProtocol.INV_GETDATA);
        gossip.broadcast(0, 0, 0, SIZE);
        while (!queue.isEmpty()) {
            queue.take();
            if (gossip.deliver(queue.a(), queue.b(), queue.time())) {
                gossip.relay(queue.a(), queue.b(), queue.time());
            }
        }
        // every node relays to all its peers once: one message per direction of each connection
        assertEquals(2L * n.topology().connections(), gossip.messagesOffered());
        assertTrue(gossip.reachedAll(0));
    }

    @Test
    void reachTimesAreRecordedAtHalfNinetyPercentAndAll() {
        Network n = Network.of(Topology.of(4, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}),
                LinkModel.uniform(SimTime.ofMillis(10), 8e6));
        EventQueue queue = new EventQueue();
        Gossip gossip = new Gossip(n, queue, DELIVER, RelayProtocol.UNSOLICITED);
        gossip.broadcast(0, 0, 0, 0);
        while (!queue.isEmpty()) {
            queue.take();
            if (gossip.deliver(queue.a(), queue.b(), queue.time())) {
                gossip.relay(queue.a(), queue.b(), queue.time());
            }
        }
        assertEquals(10_000, gossip.reachedAt(0, 0)); // 2 of 4 nodes
        assertEquals(30_000, gossip.reachedAt(0, 1)); // 4 of 4 (90% rounds up)
        assertEquals(30_000, gossip.reachedAt(0, 2));
    }

    @Test
    void ninetyPercentOfTenNodesIsNineNodes() {
        // a line of 10 nodes, 10 ms a hop: the 9th node has it after 8 hops (0.9 × 10 in floating point is 9.000...02)
        int[][] line = new int[9][];
        for (int i = 0; i < 9; i++) {
            line[i] = new int[] {i, i + 1};
        }
        Network n = Network.of(Topology.of(10, line), LinkModel.uniform(SimTime.ofMillis(10), 8e6));
        EventQueue queue = new EventQueue();
        Gossip gossip = new Gossip(n, queue, DELIVER, RelayProtocol.UNSOLICITED);
        gossip.broadcast(0, 0, 0, 0);
        while (!queue.isEmpty()) {
            queue.take();
            if (gossip.deliver(queue.a(), queue.b(), queue.time())) {
                gossip.relay(queue.a(), queue.b(), queue.time());
            }
        }
        assertEquals(40_000, gossip.reachedAt(0, 0));
        assertEquals(80_000, gossip.reachedAt(0, 1));
        assertEquals(90_000, gossip.reachedAt(0, 2));
    }

    @Test
    void aNodeCutOffFromTheSourceNeverGetsTheItem() {
        Network n = Network.of(Topology.of(3, new int[] {0, 1}), LinkModel.uniform(SimTime.ofMillis(10), 8e6));
        long[] arrival = spread(n, 0, RelayProtocol.UNSOLICITED);
        assertEquals(-1, arrival[2]);
        assertFalse(Arrays.stream(arrival).allMatch(t -> t >= 0));
    }
}
