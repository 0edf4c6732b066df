package layers.l1.network;

/**
 * What a link between two nodes is like: its one-way latency and its bandwidth. A message of {@code size} bytes
 * then takes {@link Network#messageDelay(SimTime, long, double) latency + size / bandwidth}.
 */
public interface LinkModel {

    /** One-way latency from {@code from} to {@code to}. */
    SimTime latency(int from, int to);

    /** Bits per second a message from {@code from} to {@code to} can use. */
    double bandwidthBitsPerSecond(int from, int to);

    /**
     * Links between Bitcoin nodes spread over the {@link Region regions} of Gervais et al. (2016): the measured
     * latency between the two regions, and the sender's upload or the receiver's download bandwidth, whichever is
     * smaller (each node has its region's mean bandwidth).
     */
    static LinkModel regional(Region[] regionOfNode) {
        Region[] regions = regionOfNode.clone();
        return new LinkModel() {
            @Override
            public SimTime latency(int from, int to) {
                return regions[from].latencyTo(regions[to]);
            }

            @Override
            public double bandwidthBitsPerSecond(int from, int to) {
                return Math.min(regions[from].uploadBitsPerSecond(), regions[to].downloadBitsPerSecond());
            }
        };
    }

    /** Every link alike: for small examples and for tests whose answer can be worked out by hand. */
    static LinkModel uniform(SimTime latency, double bitsPerSecond) {
        if (!(bitsPerSecond > 0)) {
            throw new IllegalArgumentException("bandwidth must be positive, was " + bitsPerSecond + " bit/s");
        }
        return new LinkModel() {
            @Override
            public SimTime latency(int from, int to) {
                return latency;
            }

            @Override
            public double bandwidthBitsPerSecond(int from, int to) {
                return bitsPerSecond;
            }
        };
    }
}
