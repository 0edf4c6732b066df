package layers.l1.trilemma;

import layers.l1.network.SimRandom;

/**
 * The machines people would run full nodes on: download bandwidth, free storage and signature-verification speed,
 * each drawn log-normally around a median (the spread is the standard deviation of the log), independently, for
 * {@code nodes} would-be node operators, from a seed. The defaults are illustrative inputs for the model, not
 * measurements of any network: a notebook should vary them.
 *
 * @param nodes                  how many would-be operators
 * @param medianDownloadMbps     median download bandwidth, megabits a second
 * @param downloadSpread         spread of the log of bandwidth
 * @param medianStorageGB        median free storage, gigabytes
 * @param storageSpread          spread of the log of storage
 * @param medianVerifyTxPerSecond median transactions verified a second (signatures and state checks)
 * @param verifySpread           spread of the log of verification speed
 * @param seed                   fixes the draws
 */
public record NodeCapacities(int nodes, double medianDownloadMbps, double downloadSpread, double medianStorageGB,
                             double storageSpread, double medianVerifyTxPerSecond, double verifySpread, long seed) {

    public NodeCapacities {
        if (nodes < 1) {
            throw new IllegalArgumentException("at least one node, not " + nodes);
        }
        for (double v : new double[] {medianDownloadMbps, medianStorageGB, medianVerifyTxPerSecond}) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("medians must be positive and finite, not " + v);
            }
        }
        for (double v : new double[] {downloadSpread, storageSpread, verifySpread}) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("spreads must be finite and 0 or more, not " + v);
            }
        }
    }

    /** 10,000 operators; medians 50 Mbit/s, 1,000 GB, 10,000 tx/s; spreads 1.0, 0.8, 0.8; seed 1 (illustrative). */
    public static NodeCapacities illustrative() {
        return new NodeCapacities(10_000, 50, 1.0, 1_000, 0.8, 10_000, 0.8, 1);
    }

    public NodeCapacities withSeed(long s) {
        return new NodeCapacities(nodes, medianDownloadMbps, downloadSpread, medianStorageGB, storageSpread,
                medianVerifyTxPerSecond, verifySpread, s);
    }

    /** The share of operators whose machine meets all three requirements. */
    public double shareMeeting(NodeRequirements r) {
        SimRandom root = new SimRandom(seed);
        SimRandom bandwidth = root.split(1);
        SimRandom storage = root.split(2);
        SimRandom cpu = root.split(3);
        int ok = 0;
        for (int i = 0; i < nodes; i++) {
            double mbps = logNormal(bandwidth, medianDownloadMbps, downloadSpread);
            double gb = logNormal(storage, medianStorageGB, storageSpread);
            double tps = logNormal(cpu, medianVerifyTxPerSecond, verifySpread);
            if (mbps >= r.bandwidthMbps() && gb >= r.storageGB() && tps >= r.verifyTxPerSecond()) {
                ok++;
            }
        }
        return ok / (double) nodes;
    }

    private static double logNormal(SimRandom random, double median, double sigma) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        double z = StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
        return median * StrictMath.exp(sigma * z);
    }
}
