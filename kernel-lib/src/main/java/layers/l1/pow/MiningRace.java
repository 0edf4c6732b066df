package layers.l1.pow;

import layers.l1.block.CompactTarget;
import layers.l1.network.SimRandom;
import layers.l1.network.SimTime;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.util.Arrays;

/**
 * Mining as a race: every hash is a lottery ticket, so each miner finds blocks as a Poisson process at a rate
 * proportional to its hash power. The next block of the whole network therefore comes after an exponentially
 * distributed wait whose rate is the total, and it is miner {@code i}'s with probability {@code share_i}. Immutable;
 * the randomness comes from the {@link SimRandom} passed in.
 */
public final class MiningRace {

    private final double[] cumulativeShare;
    private final double meanIntervalMicros;

    private MiningRace(double[] shares, double meanIntervalMicros) {
        double total = 0;
        for (int i = 0; i < shares.length; i++) {
            if (!(shares[i] >= 0) || Double.isInfinite(shares[i])) {
                throw new IllegalArgumentException("miner " + i + " has hash power " + shares[i]
                        + "; it must be 0 or more");
            }
            total += shares[i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("the miners have no hash power between them: "
                    + Arrays.toString(shares));
        }
        cumulativeShare = new double[shares.length];
        double running = 0;
        for (int i = 0; i < shares.length; i++) {
            running += shares[i] / total;
            cumulativeShare[i] = running;
        }
        cumulativeShare[shares.length - 1] = 1.0;
        this.meanIntervalMicros = meanIntervalMicros;
    }

    /** Miners with these relative hash powers (any scale), finding a block every {@code meanInterval} between them. */
    public static MiningRace ofShares(double[] hashPower, SimTime meanInterval) {
        if (meanInterval.micros() <= 0) {
            throw new IllegalArgumentException("the mean block interval must be positive, was " + meanInterval);
        }
        return new MiningRace(hashPower, meanInterval.micros());
    }

    /**
     * Miners hashing at these rates (hashes per second) against the target {@code bits}: a block takes
     * {@link CompactTarget#work()} hashes on average, so the mean interval is that divided by the total rate.
     */
    public static MiningRace ofHashRates(double[] hashesPerSecond, CompactTarget bits) {
        double total = Arrays.stream(hashesPerSecond).sum();
        double seconds = bits.work().doubleValue() / total;
        return new MiningRace(hashesPerSecond, seconds * 1e6);
    }

    /** The number of miners. */
    public int miners() {
        return cumulativeShare.length;
    }

    /** Miner {@code i}'s share of the total hash power. */
    public double share(int miner) {
        return cumulativeShare[miner] - (miner == 0 ? 0 : cumulativeShare[miner - 1]);
    }

    public SimTime meanInterval() {
        return SimTime.ofMicros(Math.round(meanIntervalMicros));
    }

    /** The wait until the next block, in µs: exponential with the mean interval. */
    public long nextWaitMicros(SimRandom random) {
        return Math.round(random.nextStandardExponential() * meanIntervalMicros);
    }

    /** Who finds the next block: miner {@code i} with probability {@code share(i)}. */
    public int nextWinner(SimRandom random) {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulativeShare.length - 1;
        while (low < high) { // the first miner whose cumulative share exceeds u
            int mid = (low + high) >>> 1;
            if (cumulativeShare[mid] > u) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /**
     * {@code blocks} rounds of the race with this seed: block, winner, wait and time (seconds). Chart the waits'
     * histogram (exponential) or the winners' counts (proportional to hash power).
     */
    public Table run(int blocks, long seed) {
        SimRandom random = new SimRandom(seed);
        IntColumn block = IntColumn.create("block");
        IntColumn winner = IntColumn.create("miner");
        DoubleColumn wait = DoubleColumn.create("waitSeconds");
        DoubleColumn time = DoubleColumn.create("timeSeconds");
        long clock = 0;
        for (int b = 1; b <= blocks; b++) {
            long w = nextWaitMicros(random);
            clock += w;
            block.append(b);
            winner.append(nextWinner(random));
            wait.append(w / 1e6);
            time.append(clock / 1e6);
        }
        return Table.create("mining race", block, winner, wait, time);
    }
}
