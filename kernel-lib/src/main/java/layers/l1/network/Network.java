package layers.l1.network;

/**
 * Nodes, the connections between them and what each connection is like. Immutable.
 *
 * <p>Every connection's latency and bandwidth are looked up once, when the network is built, and kept per
 * direction in primitive arrays: the simulator reads them millions of times.
 */
public final class Network {

    /**
     * Bitcoin Core's default outbound full-relay connections (src/net.h, MAX_OUTBOUND_FULL_RELAY_CONNECTIONS; Core
     * also opens 2 block-relay-only ones, left out here).
     */
    public static final int BITCOIN_OUTBOUND_PEERS = 8;

    private static final double MICROS_PER_SECOND = 1e6;

    private final Topology topology;
    private final Region[] regions;          // null when the link model is not regional
    private final long[] edgeLatencyMicros;  // per directed edge
    private final double[] edgeMicrosPerByte; // per directed edge: 8 bits / bandwidth, in µs

    private Network(Topology topology, LinkModel links, Region[] regions) {
        this.topology = topology;
        this.regions = regions;
        int edges = topology.directedEdges();
        edgeLatencyMicros = new long[edges];
        edgeMicrosPerByte = new double[edges];
        for (int v = 0; v < topology.size(); v++) {
            for (int e = topology.firstEdge(v); e < topology.endEdge(v); e++) {
                int w = topology.peerAt(e);
                double bandwidth = links.bandwidthBitsPerSecond(v, w);
                if (!(bandwidth > 0)) {
                    throw new IllegalArgumentException("the link from node " + v + " to node " + w
                            + " has no bandwidth: " + bandwidth + " bit/s");
                }
                edgeLatencyMicros[e] = links.latency(v, w).micros();
                edgeMicrosPerByte[e] = 8 * MICROS_PER_SECOND / bandwidth;
            }
        }
    }

    /** A network over {@code topology} whose links behave as {@code links} says. */
    public static Network of(Topology topology, LinkModel links) {
        return new Network(topology, links, null);
    }

    /** Nodes in these regions, linked as {@link LinkModel#regional(Region[])} says. */
    public static Network regional(Topology topology, Region[] regionOfNode) {
        if (regionOfNode.length != topology.size()) {
            throw new IllegalArgumentException("need a region for each of the " + topology.size() + " nodes, got "
                    + regionOfNode.length);
        }
        return new Network(topology, LinkModel.regional(regionOfNode), regionOfNode.clone());
    }

    /**
     * A Bitcoin-like network: {@code nodes} nodes placed in regions in proportion to Bitcoin's nodes, each opening
     * {@code outboundPeers} random connections (Bitcoin Core opens {@link #BITCOIN_OUTBOUND_PEERS}).
     */
    public static Network bitcoinLike(int nodes, int outboundPeers, SimRandom random) {
        SimRandom placement = random.split(1);
        Region[] regions = new Region[nodes];
        for (int v = 0; v < nodes; v++) {
            regions[v] = Region.sampleBitcoinNode(placement);
        }
        return regional(Topology.randomOutbound(nodes, outboundPeers, random.split(2)), regions);
    }

    /** The time a message takes over a link: latency + size / bandwidth. */
    public static SimTime messageDelay(SimTime latency, long sizeBytes, double bitsPerSecond) {
        return SimTime.ofMicros(latency.micros() + transferMicros(sizeBytes, 8 * MICROS_PER_SECOND / bitsPerSecond));
    }

    /** The time a message of {@code sizeBytes} takes from {@code from} to its peer {@code to}. */
    public SimTime messageDelay(int from, int to, long sizeBytes) {
        int e = edge(from, to);
        return SimTime.ofMicros(edgeLatencyMicros[e] + transferMicros(sizeBytes, edgeMicrosPerByte[e]));
    }

    /** The time one hop of a block relay takes under {@code protocol}: its extra trips, then the message. */
    public SimTime relayDelay(int from, int to, long sizeBytes, RelayProtocol protocol) {
        return SimTime.ofMicros(relayDelayMicros(edge(from, to), sizeBytes, protocol.trips()));
    }

    long relayDelayMicros(int edge, long sizeBytes, int trips) {
        return edgeLatencyMicros[edge] * trips + transferMicros(sizeBytes, edgeMicrosPerByte[edge]);
    }

    private static long transferMicros(long sizeBytes, double microsPerByte) {
        return Math.round(sizeBytes * microsPerByte);
    }

    private int edge(int from, int to) {
        int e = topology.edgeIndex(from, to);
        if (e < 0) {
            throw new IllegalArgumentException("node " + from + " and node " + to + " are not connected");
        }
        return e;
    }

    public Topology topology() {
        return topology;
    }

    public int size() {
        return topology.size();
    }

    /** The region of {@code node}, or null if this network was not built from regions. */
    public Region region(int node) {
        return regions == null ? null : regions[node];
    }
}
