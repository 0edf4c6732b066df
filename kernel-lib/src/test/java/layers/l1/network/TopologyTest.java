package layers.l1.network;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopologyTest {

    private static final int NODES = 2_000;
    private static final int OUTBOUND = Network.BITCOIN_OUTBOUND_PEERS;

    @Test
    void everyNodeHasAtLeastItsOutboundPeersWithNoSelfOrDuplicateConnection() {
        Topology t = Topology.randomOutbound(NODES, OUTBOUND, new SimRandom(1));
        assertEquals(NODES * OUTBOUND, t.connections());
        for (int v = 0; v < NODES; v++) {
            int node = v;
            int[] peers = t.peersOf(v);
            assertTrue(peers.length >= OUTBOUND, "node " + v + " has " + peers.length + " peers");
            assertEquals(peers.length, Arrays.stream(peers).distinct().count(), "duplicate peer at node " + v);
            assertFalse(Arrays.stream(peers).anyMatch(p -> p == node), "node " + v + " connects to itself");
        }
    }

    @Test
    void connectionsGoBothWays() {
        Topology t = Topology.randomOutbound(500, OUTBOUND, new SimRandom(2));
        for (int v = 0; v < 500; v++) {
            for (int p : t.peersOf(v)) {
                assertTrue(t.areConnected(p, v), v + " -> " + p + " has no way back");
            }
        }
    }

    @Test
    void aRandomBitcoinLikeGraphIsConnected() {
        assertTrue(Topology.randomOutbound(NODES, OUTBOUND, new SimRandom(3)).isConnected());
    }

    @Test
    void theSeedFixesTheGraph() {
        Topology a = Topology.randomOutbound(300, 4, new SimRandom(9));
        Topology b = Topology.randomOutbound(300, 4, new SimRandom(9));
        Topology c = Topology.randomOutbound(300, 4, new SimRandom(10));
        for (int v = 0; v < 300; v++) {
            assertArrayEquals(a.peersOf(v), b.peersOf(v));
        }
        assertNotEquals(Arrays.toString(a.peersOf(0)) + Arrays.toString(a.peersOf(1)),
                Arrays.toString(c.peersOf(0)) + Arrays.toString(c.peersOf(1)));
    }

    @Test
    void inANetworkTooSmallForItsOutboundPeersEveryNodeConnectsToAllOthers() {
        Topology t = Topology.randomOutbound(5, 4, new SimRandom(4));
        for (int v = 0; v < 5; v++) {
            assertEquals(4, t.degree(v));
        }
        Topology small = Topology.randomOutbound(20, 8, new SimRandom(5));
        assertTrue(small.isConnected());
    }

    @Test
    void twoSeparateGroupsAreNotConnected() {
        assertFalse(Topology.of(4, new int[] {0, 1}, new int[] {2, 3}).isConnected());
        assertTrue(Topology.of(4, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}).isConnected());
    }

    @Test
    void aConnectionToAMissingNodeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Topology.of(3, new int[] {0, 3}));
        assertEquals("no node 3 in a network of 3", e.getMessage());
    }
}
