package layers.l1.pow;

import layers.l1.network.SimTime;
import layers.notebook.Progress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * The stale block rate as a function of block interval and block size, measured in the simulator: the experiment of
 * Gervais et al., "On the Security and Performance of Proof of Work Blockchains" (CCS 2016), section 3. Shorter
 * intervals and bigger blocks (slower to relay) both make more blocks go stale.
 *
 * <p>Every point of a sweep uses the same seed, so all of them see the same network and the same sequence of
 * winning miners; only the waits (scaled to the interval) and the relay times differ. The comparison between
 * points is then not blurred by luck (the method of common random numbers).
 */
public final class StaleRate {

    /** Bitcoin's measured stale rate, 0.41%, at 10-minute blocks (Gervais et al. 2016, Table 1). */
    public static final double BITCOIN_MEASURED = 0.0041;
    /** Ethereum's measured stale rate, 6.8%, at 10 to 20-second blocks (Gervais et al. 2016, Table 1). */
    public static final double ETHEREUM_MEASURED = 0.068;

    private StaleRate() {
    }

    /** The stale rate of one run of {@code blocks} blocks. */
    public static double measure(PowNetworkConfig config, int blocks) {
        return new PowNetworkSimulation(config).run(blocks).staleRate();
    }

    /**
     * One run per pair of interval and size (all with {@code base}'s other parameters and seed); one row per run:
     * interval, size, stale rate and count, and the median time for a block to reach 50% and 90% of the nodes.
     */
    public static Table sweep(PowNetworkConfig base, SimTime[] intervals, long[] sizesBytes, int blocks,
                              Progress progress) {
        DoubleColumn interval = DoubleColumn.create("intervalSeconds");
        LongColumn size = LongColumn.create("blockSizeBytes");
        DoubleColumn rate = DoubleColumn.create("staleRate");
        IntColumn stale = IntColumn.create("staleBlocks");
        IntColumn mined = IntColumn.create("blocks");
        DoubleColumn t50 = DoubleColumn.create("medianT50Seconds");
        DoubleColumn t90 = DoubleColumn.create("medianT90Seconds");
        for (SimTime i : intervals) {
            for (long s : sizesBytes) {
                PowNetworkResult r = new PowNetworkSimulation(base.withBlockInterval(i).withBlockSize(s)).run(blocks);
                Table p = r.propagation();
                interval.append(i.toSeconds());
                size.append(s);
                rate.append(r.staleRate());
                stale.append(r.staleCount());
                mined.append(r.blocksMined());
                t50.append(p.doubleColumn("t50Seconds").median());
                t90.append(p.doubleColumn("t90Seconds").median());
                progress.step();
            }
        }
        progress.done();
        return Table.create("stale rate", interval, size, rate, stale, mined, t50, t90);
    }

    public static Table sweep(PowNetworkConfig base, SimTime[] intervals, long[] sizesBytes, int blocks) {
        return sweep(base, intervals, sizesBytes, blocks,
                Progress.silent("stale rate", (long) intervals.length * sizesBytes.length));
    }
}
