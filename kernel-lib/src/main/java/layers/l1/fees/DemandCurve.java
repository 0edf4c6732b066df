package layers.l1.fees;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * How many transactions users send per second, over time: a base rate with spikes (a token launch, a market crash,
 * an NFT mint) that multiply it for a while. Immutable; {@code with...} returns a new curve. Arrivals are a Poisson
 * process with this rate ({@link #nextArrival}), drawn from a seeded stream.
 *
 * <pre>{@code
 * DemandCurve demand = DemandCurve.constant(20).withSpike(3_600, 7_200, 3.0); // 20 tx/s, tripled for an hour
 * }</pre>
 */
public final class DemandCurve {

    /** A window {@code [fromSeconds, toSeconds)} in which the base rate is multiplied by {@code multiplier}. */
    public record Spike(double fromSeconds, double toSeconds, double multiplier) {
        public Spike {
            if (!(fromSeconds >= 0 && toSeconds > fromSeconds)) {
                throw new IllegalArgumentException("a spike runs from a time 0 or more to a later one, not "
                        + fromSeconds + " to " + toSeconds);
            }
            if (!(multiplier >= 0) || Double.isInfinite(multiplier)) {
                throw new IllegalArgumentException("a spike's multiplier must be finite and 0 or more, was " + multiplier);
            }
        }
    }

    private final double baseRate;
    private final List<Spike> spikes;

    private DemandCurve(double baseRate, List<Spike> spikes) {
        if (!(baseRate >= 0) || Double.isInfinite(baseRate)) {
            throw new IllegalArgumentException("a rate must be finite and 0 or more transactions a second, was "
                    + baseRate);
        }
        this.baseRate = baseRate;
        this.spikes = List.copyOf(spikes);
    }

    /** {@code txPerSecond} at all times. */
    public static DemandCurve constant(double txPerSecond) {
        return new DemandCurve(txPerSecond, List.of());
    }

    /** This curve with the rate multiplied by {@code multiplier} from {@code fromSeconds} to {@code toSeconds}; overlapping spikes multiply. */
    public DemandCurve withSpike(double fromSeconds, double toSeconds, double multiplier) {
        List<Spike> more = new ArrayList<>(spikes);
        more.add(new Spike(fromSeconds, toSeconds, multiplier));
        return new DemandCurve(baseRate, more);
    }

    public double baseRate() {
        return baseRate;
    }

    public List<Spike> spikes() {
        return spikes;
    }

    /** Transactions per second at {@code seconds}. */
    public double rateAt(double seconds) {
        double rate = baseRate;
        for (Spike s : spikes) {
            if (seconds >= s.fromSeconds() && seconds < s.toSeconds()) {
                rate *= s.multiplier();
            }
        }
        return rate;
    }

    /** The expected number of arrivals in {@code [from, to)}: the integral of the rate. */
    public double expectedArrivals(double fromSeconds, double toSeconds) {
        double total = 0;
        double t = fromSeconds;
        while (t < toSeconds) {
            double next = Math.min(nextChange(t), toSeconds);
            total += rateAt(t) * (next - t);
            t = next;
        }
        return total;
    }

    /**
     * The time of the next arrival after {@code seconds}, for a standard exponential draw {@code e}: the rate is
     * piecewise constant, so the draw is spent piece by piece (exact for a non-homogeneous Poisson process).
     * {@link Double#POSITIVE_INFINITY} if the rate stays 0.
     */
    public double nextArrival(double seconds, double e) {
        double t = seconds;
        double left = e;
        while (true) {
            double rate = rateAt(t);
            double change = nextChange(t);
            if (rate > 0) {
                double dt = left / rate;
                if (t + dt < change) {
                    return t + dt;
                }
                left -= rate * (change - t);
            }
            if (change == Double.POSITIVE_INFINITY) {
                return Double.POSITIVE_INFINITY;
            }
            t = change;
        }
    }

    /** The first spike boundary after {@code seconds}, or infinity. */
    private double nextChange(double seconds) {
        double next = Double.POSITIVE_INFINITY;
        for (Spike s : spikes) {
            if (s.fromSeconds() > seconds) {
                next = Math.min(next, s.fromSeconds());
            }
            if (s.toSeconds() > seconds) {
                next = Math.min(next, s.toSeconds());
            }
        }
        return next;
    }

    /** The rate every {@code stepSeconds} from 0 to {@code untilSeconds}: columns {@code timeSeconds}, {@code txPerSecond}. */
    public Table table(double untilSeconds, double stepSeconds) {
        if (!(stepSeconds > 0) || !(untilSeconds >= 0)) {
            throw new IllegalArgumentException("step must be positive and the end 0 or more, not " + stepSeconds
                    + " and " + untilSeconds);
        }
        DoubleColumn time = DoubleColumn.create("timeSeconds");
        DoubleColumn rate = DoubleColumn.create("txPerSecond");
        for (long i = 0; i * stepSeconds <= untilSeconds; i++) {
            time.append(i * stepSeconds);
            rate.append(rateAt(i * stepSeconds));
        }
        return Table.create("demand", time, rate);
    }

    @Override
    public String toString() {
        return "DemandCurve(" + baseRate + " tx/s" + (spikes.isEmpty() ? "" : ", spikes " + spikes) + ")";
    }
}
