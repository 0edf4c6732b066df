package layers.l1.trilemma;

/**
 * What a full node needs to keep up with a chain of a given block size and interval, in a simple documented model:
 * <ul>
 *   <li>bandwidth: the larger of relaying every block to its peers on average,
 *       {@code bytes · 8 · (1 + relayPeers) / interval}, and receiving a block within a small share of the interval
 *       so that the node's own view is not what makes blocks go stale, {@code bytes · 8 / (burstShare · interval)};</li>
 *   <li>storage: the history of {@code horizonYears} years, {@code bytes · (seconds a year / interval) · years};</li>
 *   <li>verification: the chain's transactions a second, times {@code catchUpFactor} so that a node that fell behind
 *       (or a new one) can catch up.</li>
 * </ul>
 *
 * @param bandwidthMbps     megabits a second
 * @param storageGB         gigabytes
 * @param verifyTxPerSecond transactions verified a second
 */
public record NodeRequirements(double bandwidthMbps, double storageGB, double verifyTxPerSecond) {

    /** Seconds in a Julian year (365.25 days). */
    public static final double SECONDS_PER_YEAR = 365.25 * 24 * 3600;

    /** The model's parameters: {@code relayPeers}, {@code burstShare}, {@code horizonYears}, {@code catchUpFactor}. */
    public record Model(int relayPeers, double burstShare, double horizonYears, double catchUpFactor) {
        public Model {
            if (relayPeers < 0 || !(burstShare > 0 && burstShare <= 1) || !(horizonYears > 0) || !(catchUpFactor >= 1)) {
                throw new IllegalArgumentException("relay peers 0 or more, burst share in (0, 1], horizon positive, "
                        + "catch-up at least 1; not " + relayPeers + ", " + burstShare + ", " + horizonYears + ", "
                        + catchUpFactor);
            }
        }

        /** 8 peers (Bitcoin Core's outbound connections), 5% of the interval, 5 years, 10 times real time. */
        public static Model standard() {
            return new Model(8, 0.05, 5, 10);
        }
    }

    /** The requirements of blocks of {@code blockBytes} every {@code intervalSeconds} carrying {@code tps}. */
    public static NodeRequirements of(long blockBytes, double intervalSeconds, double tps, Model m) {
        if (blockBytes < 0 || !(intervalSeconds > 0) || !(tps >= 0)) {
            throw new IllegalArgumentException("block size 0 or more, interval positive, tps 0 or more; not "
                    + blockBytes + ", " + intervalSeconds + ", " + tps);
        }
        double bits = blockBytes * 8.0;
        double sustained = bits * (1 + m.relayPeers()) / intervalSeconds;
        double burst = bits / (m.burstShare() * intervalSeconds);
        double storage = blockBytes * (SECONDS_PER_YEAR / intervalSeconds) * m.horizonYears();
        return new NodeRequirements(Math.max(sustained, burst) / 1e6, storage / 1e9, tps * m.catchUpFactor());
    }
}
