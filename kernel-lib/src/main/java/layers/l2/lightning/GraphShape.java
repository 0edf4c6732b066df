package layers.l2.lightning;

/**
 * The parameters of a generated channel graph. The sizes are the public Lightning network's order of magnitude; the
 * distributions are modelling choices, named as such, with the figures they are scaled to cited.
 *
 * @param nodes            number of nodes
 * @param channels         number of channels
 * @param medianCapacitySat median of the log-normal channel capacity
 * @param capacitySigma    σ of the capacity's logarithm: the spread of the heavy right tail
 * @param minCapacitySat   the smallest channel
 */
public record GraphShape(int nodes, int channels, long medianCapacitySat, double capacitySigma, long minCapacitySat) {

    /** Order of magnitude of the public network: about 15,000 nodes and 50,000 channels (the course's target). */
    public static final int PUBLIC_NODES = 15_000;
    public static final int PUBLIC_CHANNELS = 50_000;
    /**
     * 7,300,000 sat: the average public channel in mid-2023 (Cryptonomist, 2023-06-30, from public explorer data).
     * A log-normal with σ = 1.5 has mean = median · e^(σ²/2) = 3.08 · median, so its median is 2,370,000 sat.
     */
    public static final long AVERAGE_CAPACITY_SAT = 7_300_000;
    public static final double DEFAULT_SIGMA = 1.5;
    public static final long DEFAULT_MEDIAN_SAT = Math.round(AVERAGE_CAPACITY_SAT / Math.exp(DEFAULT_SIGMA
            * DEFAULT_SIGMA / 2));
    /** A modelling floor: no channel below 20,000 sat. */
    public static final long DEFAULT_MIN_CAPACITY_SAT = 20_000;

    public GraphShape {
        if (nodes < 3) {
            throw new IllegalArgumentException("a graph needs at least 3 nodes, not " + nodes);
        }
        if (channels < nodes - 1) {
            throw new IllegalArgumentException(channels + " channels cannot connect " + nodes + " nodes (at least "
                    + (nodes - 1) + ")");
        }
        if ((long) channels > (long) nodes * (nodes - 1) / 2) {
            throw new IllegalArgumentException(channels + " channels exceed the " + (long) nodes * (nodes - 1) / 2
                    + " pairs of " + nodes + " nodes");
        }
        if (medianCapacitySat < 1 || minCapacitySat < 1 || capacitySigma < 0) {
            throw new IllegalArgumentException("capacities must be positive and σ not negative: median "
                    + medianCapacitySat + ", min " + minCapacitySat + ", σ " + capacitySigma);
        }
    }

    /** 15,000 nodes and 50,000 channels. */
    public static GraphShape publicNetwork() {
        return of(PUBLIC_NODES, PUBLIC_CHANNELS);
    }

    /** {@code nodes} and {@code channels} with the default capacity distribution. */
    public static GraphShape of(int nodes, int channels) {
        return new GraphShape(nodes, channels, DEFAULT_MEDIAN_SAT, DEFAULT_SIGMA, DEFAULT_MIN_CAPACITY_SAT);
    }
}
