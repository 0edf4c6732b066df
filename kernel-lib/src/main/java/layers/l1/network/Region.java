package layers.l1.network;

/**
 * Where a node runs: the six regions of the measurements in Gervais et al., "On the Security and Performance of
 * Proof of Work Blockchains" (CCS 2016), with the share of Bitcoin's reachable nodes in each, the mean bandwidth
 * of a node there and the one-way latency between regions, as that paper measured them.
 */
public enum Region {
    // share of Bitcoin nodes (%), mean download and upload (Mbit/s): Gervais et al. 2016, measured (bitnodes, testmy.net)
    NORTH_AMERICA(38.69, 41.68, 6.74),
    EUROPE(51.59, 21.29, 6.72),
    SOUTH_AMERICA(1.13, 9.89, 2.2),
    ASIA_PACIFIC(5.74, 14.56, 6.53),
    JAPAN(1.19, 6.9, 1.7),
    AUSTRALIA(1.66, 16, 6.1);

    // one-way latency between regions in milliseconds, in the order above: Gervais et al. 2016, measured
    private static final double[][] LATENCY_MS = {
            {35.5, 119.49, 254.79, 310.11, 154.36, 207.91},
            {119.49, 11.61, 221.08, 241.9, 266.45, 350.07},
            {254.79, 221.08, 137.09, 346.65, 255.95, 268.91},
            {310.11, 241.9, 346.65, 99.46, 172.24, 277.8},
            {154.36, 266.45, 255.95, 172.24, 8.76, 162.59},
            {207.91, 350.07, 268.91, 277.8, 162.59, 21.72}};

    private static final Region[] ALL = values();

    private final double bitcoinNodePercent;
    private final double downloadMbps;
    private final double uploadMbps;

    Region(double bitcoinNodePercent, double downloadMbps, double uploadMbps) {
        this.bitcoinNodePercent = bitcoinNodePercent;
        this.downloadMbps = downloadMbps;
        this.uploadMbps = uploadMbps;
    }

    /** Percentage of Bitcoin's reachable nodes in this region. */
    public double bitcoinNodePercent() {
        return bitcoinNodePercent;
    }

    /** Mean download bandwidth of a node here, in bits per second. */
    public double downloadBitsPerSecond() {
        return downloadMbps * 1e6;
    }

    /** Mean upload bandwidth of a node here, in bits per second. */
    public double uploadBitsPerSecond() {
        return uploadMbps * 1e6;
    }

    /** One-way latency from a node here to a node in {@code other}. */
    public SimTime latencyTo(Region other) {
        return SimTime.ofMicros(Math.round(LATENCY_MS[ordinal()][other.ordinal()] * 1000));
    }

    /** A region drawn in proportion to the share of Bitcoin nodes in each. */
    public static Region sampleBitcoinNode(SimRandom random) {
        double total = 0;
        for (Region r : ALL) {
            total += r.bitcoinNodePercent;
        }
        double x = random.nextDouble() * total;
        for (Region r : ALL) {
            x -= r.bitcoinNodePercent;
            if (x < 0) {
                return r;
            }
        }
        return ALL[ALL.length - 1];
    }
}
