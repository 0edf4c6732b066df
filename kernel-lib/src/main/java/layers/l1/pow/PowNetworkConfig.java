package layers.l1.pow;

import layers.l1.network.Network;
import layers.l1.network.RelayProtocol;
import layers.l1.network.SimTime;

import java.util.Objects;

/**
 * The parameters of a simulated proof-of-work network. Immutable; change one with a {@code with...} method:
 * {@code PowNetworkConfig.bitcoin().withNodes(2_000).withBlockInterval(SimTime.ofSeconds(60))}.
 *
 * @param nodes          how many nodes (all relay; which of them mine, {@code hashPower} says)
 * @param outboundPeers  connections each node opens (it also accepts those others open to it)
 * @param blockInterval  the mean time between blocks of the whole network
 * @param blockSizeBytes the size of every block
 * @param relay          how a block crosses one connection
 * @param hashPower      how hash power is spread over the nodes
 * @param seed           fixes the topology, the regions and the mining race
 */
public record PowNetworkConfig(int nodes, int outboundPeers, SimTime blockInterval, long blockSizeBytes,
                               RelayProtocol relay, HashPower hashPower, long seed) {

    /** Bitcoin's target block interval: 10 minutes (Bitcoin Core chainparams.cpp, nPowTargetSpacing). */
    public static final SimTime BITCOIN_BLOCK_INTERVAL = SimTime.ofSeconds(Retarget.POW_TARGET_SPACING);
    /** Bitcoin's block size before SegWit: 1 MB (Bitcoin Core, MAX_BLOCK_SIZE until 2017). */
    public static final long BITCOIN_BLOCK_SIZE = 1_000_000;

    public PowNetworkConfig {
        if (nodes < 2) {
            throw new IllegalArgumentException("a network needs at least 2 nodes, was " + nodes);
        }
        if (outboundPeers < 1 || outboundPeers >= nodes) {
            throw new IllegalArgumentException("outbound peers must be 1 to " + (nodes - 1) + ", was " + outboundPeers);
        }
        Objects.requireNonNull(blockInterval, "blockInterval");
        if (blockInterval.micros() <= 0) {
            throw new IllegalArgumentException("the block interval must be positive, was " + blockInterval);
        }
        if (blockSizeBytes < 0) {
            throw new IllegalArgumentException("a block's size is 0 or more bytes, was " + blockSizeBytes);
        }
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(hashPower, "hashPower");
    }

    /**
     * Bitcoin as Gervais et al. (CCS 2016) simulate it: 10-minute blocks of 1 MB relayed with inv/getdata, nodes in
     * Bitcoin's regions with 8 outbound peers each; here 1,000 nodes, all mining alike, seed 1.
     */
    public static PowNetworkConfig bitcoin() {
        return new PowNetworkConfig(1_000, Network.BITCOIN_OUTBOUND_PEERS, BITCOIN_BLOCK_INTERVAL, BITCOIN_BLOCK_SIZE,
                RelayProtocol.INV_GETDATA, HashPower.everyNode(), 1);
    }

    public PowNetworkConfig withNodes(int n) {
        return new PowNetworkConfig(n, outboundPeers, blockInterval, blockSizeBytes, relay, hashPower, seed);
    }

    public PowNetworkConfig withOutboundPeers(int k) {
        return new PowNetworkConfig(nodes, k, blockInterval, blockSizeBytes, relay, hashPower, seed);
    }

    public PowNetworkConfig withBlockInterval(SimTime interval) {
        return new PowNetworkConfig(nodes, outboundPeers, interval, blockSizeBytes, relay, hashPower, seed);
    }

    public PowNetworkConfig withBlockSize(long bytes) {
        return new PowNetworkConfig(nodes, outboundPeers, blockInterval, bytes, relay, hashPower, seed);
    }

    public PowNetworkConfig withRelay(RelayProtocol protocol) {
        return new PowNetworkConfig(nodes, outboundPeers, blockInterval, blockSizeBytes, protocol, hashPower, seed);
    }

    public PowNetworkConfig withHashPower(HashPower power) {
        return new PowNetworkConfig(nodes, outboundPeers, blockInterval, blockSizeBytes, relay, power, seed);
    }

    public PowNetworkConfig withSeed(long newSeed) {
        return new PowNetworkConfig(nodes, outboundPeers, blockInterval, blockSizeBytes, relay, hashPower, newSeed);
    }
}
