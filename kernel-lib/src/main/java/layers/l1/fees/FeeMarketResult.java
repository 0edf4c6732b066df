package layers.l1.fees;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * What a {@link FeeMarketSimulation} run produced, as tables a notebook can chart directly. Fees per gas in the
 * tables are Gwei as {@code double}s (for charts); the exact amounts are {@link #baseFee(int)},
 * {@link #totalBurnt()} and {@link #totalTips()} in {@link Wei}.
 */
public final class FeeMarketResult {

    private final FeeMarketConfig config;
    private final long[] baseFee;
    private final long[] gasUsed;
    private final long[] timeMicros;
    private final int[] arrived;
    private final int[] arrivedPricedOut;
    private final int[] included;
    private final int[] pending;
    private final int[] pricedOut;
    private final int[] abandoned;
    private final BigInteger[] burnt;
    private final BigInteger[] tips;
    private final double[] medianWait;
    private final double[] p90Wait;
    private final long[] medianPrice;
    private final long[] waits;
    private final int waitCount;
    private final int pendingAtEnd;

    FeeMarketResult(FeeMarketRecorder r, int pendingAtEnd) {
        this.config = r.config;
        this.baseFee = r.baseFee;
        this.gasUsed = r.gasUsed;
        this.timeMicros = r.timeMicros;
        this.arrived = r.arrived;
        this.arrivedPricedOut = r.arrivedPricedOut;
        this.included = r.includedCount;
        this.pending = r.pending;
        this.pricedOut = r.pricedOut;
        this.abandoned = r.abandoned;
        this.burnt = r.burnt;
        this.tips = r.tips;
        this.medianWait = r.medianWait;
        this.p90Wait = r.p90Wait;
        this.medianPrice = r.medianPrice;
        this.waits = Arrays.copyOf(r.waits, r.waitCount);
        this.waitCount = r.waitCount;
        this.pendingAtEnd = pendingAtEnd;
    }

    public FeeMarketConfig config() {
        return config;
    }

    /**
     * One row per block: {@code block}, {@code timeSeconds}, {@code baseFeeGwei}, {@code gasUsed}, {@code fullness}
     * (gas used over the limit), {@code arrived}, {@code included}, {@code pending} (queue length after the block),
     * {@code pricedOut} (pending users whose max fee is below the base fee; under a first-price auction, whose bid
     * is below the lowest bid a full block took), {@code arrivedPricedOut} (arrivals below the base fee),
     * {@code abandoned} (users who gave up), {@code burntGwei}, {@code tipsGwei} (to the block's producer),
     * {@code medianPriceGwei} (median price per gas paid in the block), {@code medianWaitSeconds},
     * {@code p90WaitSeconds} (of the transactions the block included).
     */
    public Table blocks() {
        int n = baseFee.length;
        IntColumn block = IntColumn.create("block");
        DoubleColumn time = DoubleColumn.create("timeSeconds");
        DoubleColumn fee = DoubleColumn.create("baseFeeGwei");
        LongColumn used = LongColumn.create("gasUsed");
        DoubleColumn fullness = DoubleColumn.create("fullness");
        IntColumn arr = IntColumn.create("arrived");
        IntColumn inc = IntColumn.create("included");
        IntColumn pen = IntColumn.create("pending");
        IntColumn priced = IntColumn.create("pricedOut");
        IntColumn arrPriced = IntColumn.create("arrivedPricedOut");
        IntColumn gaveUp = IntColumn.create("abandoned");
        DoubleColumn burntGwei = DoubleColumn.create("burntGwei");
        DoubleColumn tipsGwei = DoubleColumn.create("tipsGwei");
        DoubleColumn price = DoubleColumn.create("medianPriceGwei");
        DoubleColumn wait = DoubleColumn.create("medianWaitSeconds");
        DoubleColumn wait90 = DoubleColumn.create("p90WaitSeconds");
        double limit = config.gasLimit().value();
        for (int b = 0; b < n; b++) {
            block.append(b);
            time.append(timeMicros[b] / 1e6);
            fee.append(baseFee[b] / 1e9);
            used.append(gasUsed[b]);
            fullness.append(gasUsed[b] / limit);
            arr.append(arrived[b]);
            inc.append(included[b]);
            pen.append(pending[b]);
            priced.append(pricedOut[b]);
            arrPriced.append(arrivedPricedOut[b]);
            gaveUp.append(abandoned[b]);
            burntGwei.append(Wei.of(burnt[b]).toGwei());
            tipsGwei.append(Wei.of(tips[b]).toGwei());
            appendOrMissing(price, medianPrice[b] < 0 ? Double.NaN : medianPrice[b] / 1e9);
            appendOrMissing(wait, medianWait[b]);
            appendOrMissing(wait90, p90Wait[b]);
        }
        return Table.create(config.mechanism() + " fee market", block, time, fee, used, fullness, arr, inc, pen, priced,
                arrPriced, gaveUp, burntGwei, tipsGwei, price, wait, wait90);
    }

    private static void appendOrMissing(DoubleColumn c, double v) {
        if (Double.isNaN(v)) {
            c.appendMissing();
        } else {
            c.append(v);
        }
    }

    /** The exact base fee of block {@code b} (zero under a first-price auction). */
    public Wei baseFee(int b) {
        return Wei.of(baseFee[b]);
    }

    public Gas gasUsed(int b) {
        return Gas.of(gasUsed[b]);
    }

    public int blockCount() {
        return baseFee.length;
    }

    /** All the ether burnt: the sum over blocks of base fee times gas used. */
    public Wei totalBurnt() {
        return Wei.of(Arrays.stream(burnt).reduce(BigInteger.ZERO, BigInteger::add));
    }

    /** All the tips (under a first-price auction, all the fees) the blocks' producers received. */
    public Wei totalTips() {
        return Wei.of(Arrays.stream(tips).reduce(BigInteger.ZERO, BigInteger::add));
    }

    public long totalArrived() {
        return Arrays.stream(arrived).asLongStream().sum();
    }

    public long totalIncluded() {
        return Arrays.stream(included).asLongStream().sum();
    }

    public long totalAbandoned() {
        return Arrays.stream(abandoned).asLongStream().sum();
    }

    /** Users still waiting after the last block. */
    public int pendingAtEnd() {
        return pendingAtEnd;
    }

    /** The {@code p}-th percentile (0 to 100, nearest rank) of the time from arrival to inclusion, in seconds; NaN if nothing was included. */
    public double waitingTimePercentile(double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("a percentile is 0 to 100, not " + p);
        }
        if (waitCount == 0) {
            return Double.NaN;
        }
        long[] sorted = sortedWaits();
        return sorted[rank(p, waitCount)] / 1e6;
    }

    /** Time-to-inclusion percentiles: columns {@code percentile}, {@code waitSeconds}, {@code waitBlocks}. */
    public Table waitingTimes(double... percentiles) {
        double[] ps = percentiles.length == 0 ? new double[] {10, 25, 50, 75, 90, 95, 99, 100} : percentiles;
        long[] sorted = sortedWaits();
        DoubleColumn p = DoubleColumn.create("percentile");
        DoubleColumn s = DoubleColumn.create("waitSeconds");
        DoubleColumn blocks = DoubleColumn.create("waitBlocks");
        for (double q : ps) {
            if (!(q >= 0 && q <= 100)) {
                throw new IllegalArgumentException("a percentile is 0 to 100, not " + q);
            }
            p.append(q);
            double seconds = waitCount == 0 ? Double.NaN : sorted[rank(q, waitCount)] / 1e6;
            s.append(seconds);
            blocks.append(seconds / config.blockSeconds());
        }
        return Table.create("time to inclusion", p, s, blocks);
    }

    /** How many included transactions waited how long: bins of {@code binSeconds}; columns {@code fromSeconds}, {@code count}, {@code share}. */
    public Table waitingTimeHistogram(double binSeconds, int bins) {
        if (!(binSeconds > 0) || bins < 1) {
            throw new IllegalArgumentException("bins must be positive in width and number, not " + binSeconds + ", " + bins);
        }
        long[] counts = new long[bins];
        for (int i = 0; i < waitCount; i++) {
            int bin = (int) Math.min(bins - 1, Math.floor(waits[i] / 1e6 / binSeconds));
            counts[bin]++;
        }
        DoubleColumn from = DoubleColumn.create("fromSeconds");
        LongColumn count = LongColumn.create("count");
        DoubleColumn share = DoubleColumn.create("share");
        for (int i = 0; i < bins; i++) {
            from.append(i * binSeconds);
            count.append(counts[i]);
            share.append(waitCount == 0 ? 0 : counts[i] / (double) waitCount);
        }
        return Table.create("time to inclusion histogram (last bin: that long or longer)", from, count, share);
    }

    /**
     * What a transaction of {@code gas} would have paid at each block's median price, in dollars at
     * {@code pricePerEther} (an input with its date, not live data): columns {@code block}, {@code timeSeconds},
     * {@code feeUsd}. E.g. {@code feeInUsd(GasMix.SWAP_GAS, Usd.dollars(3_000))}.
     */
    public Table feeInUsd(Gas gas, Usd pricePerEther) {
        IntColumn block = IntColumn.create("block");
        DoubleColumn time = DoubleColumn.create("timeSeconds");
        DoubleColumn usd = DoubleColumn.create("feeUsd");
        for (int b = 0; b < baseFee.length; b++) {
            if (medianPrice[b] < 0) {
                continue;
            }
            block.append(b);
            time.append(timeMicros[b] / 1e6);
            usd.append(Usd.ofEther(Wei.of(medianPrice[b]).times(gas), pricePerEther).toDollars());
        }
        return Table.create("fee for " + gas, block, time, usd);
    }

    private long[] sortedWaits() {
        long[] sorted = waits.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    /** The nearest-rank index of the {@code p}-th percentile among {@code n} sorted values. */
    static int rank(double p, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1));
    }

    @Override
    public String toString() {
        return "FeeMarketResult(" + config.mechanism() + ", " + baseFee.length + " blocks, " + totalArrived()
                + " arrived, " + totalIncluded() + " included, " + totalAbandoned() + " abandoned, " + pendingAtEnd
                + " pending, burnt " + totalBurnt().toEtherString() + ")";
    }
}
