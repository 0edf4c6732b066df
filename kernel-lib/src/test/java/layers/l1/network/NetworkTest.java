package layers.l1.network;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NetworkTest {

    @Test
    void aMessageTakesLatencyPlusSizeOverBandwidth() {
        // 100 ms + 1,000,000 bytes × 8 bits / 8 Mbit/s = 100 ms + 1 s
        assertEquals(SimTime.ofMillis(1_100),
                Network.messageDelay(SimTime.ofMillis(100), 1_000_000, 8e6));
        Network n = Network.of(Topology.of(2, new int[] {0, 1}), LinkModel.uniform(SimTime.ofMillis(100), 8e6));
        assertEquals(SimTime.ofMillis(1_100), n.messageDelay(0, 1, 1_000_000));
        assertEquals(SimTime.ofMillis(100), n.messageDelay(1, 0, 0));
    }

    @Test
    void aRelayHopAddsTheProtocolsExtraTrips() {
        Network n = Network.of(Topology.of(2, new int[] {0, 1}), LinkModel.uniform(SimTime.ofMillis(100), 8e6));
        assertEquals(SimTime.ofMillis(1_100), n.relayDelay(0, 1, 1_000_000, RelayProtocol.UNSOLICITED));
        assertEquals(SimTime.ofMillis(1_300), n.relayDelay(0, 1, 1_000_000, RelayProtocol.INV_GETDATA));
    }

    @Test
    void aRegionalLinkUsesTheMeasuredLatencyAndTheSlowerEndsBandwidth() {
        Region[] regions = {Region.NORTH_AMERICA, Region.JAPAN};
        Network n = Network.regional(Topology.of(2, new int[] {0, 1}), regions);
        // North America to Japan: 154.36 ms; NA upload 6.74 Mbit/s < Japan download 6.9 Mbit/s
        long transfer = Math.round(1_000_000 * 8 * 1e6 / 6.74e6);
        assertEquals(154_360 + transfer, n.messageDelay(0, 1, 1_000_000).micros());
        // Japan upload 1.7 Mbit/s < NA download 41.68 Mbit/s
        assertEquals(154_360 + Math.round(1_000_000 * 8 * 1e6 / 1.7e6), n.messageDelay(1, 0, 1_000_000).micros());
    }

    @Test
    void nodesThatAreNotPeersHaveNoLinkDelay() {
        Network n = Network.of(Topology.of(3, new int[] {0, 1}), LinkModel.uniform(SimTime.ofMillis(1), 1e6));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> n.messageDelay(0, 2, 10));
        assertEquals("node 0 and node 2 are not connected", e.getMessage());
    }

    @Test
    void bitcoinLikeNodesFallInRegionsRoughlyAsBitcoinsDo() {
        Network n = Network.bitcoinLike(5_000, 8, new SimRandom(4));
        int europe = 0;
        for (int v = 0; v < n.size(); v++) {
            if (n.region(v) == Region.EUROPE) {
                europe++;
            }
        }
        // 51.59% of Bitcoin's nodes; binomial standard deviation ≈ 35
        assertEquals(0.5159 * 5_000, europe, 5 * Math.sqrt(5_000 * 0.5159 * 0.4841));
    }
}
