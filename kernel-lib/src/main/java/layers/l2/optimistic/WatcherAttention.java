package layers.l2.optimistic;

import layers.l1.network.SimRandom;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/**
 * Why the window is long: a model of the watchers who would challenge a fraudulent assertion. Each of
 * {@code watchers} watchers is offline for a whole day with probability {@code offlinePerDay} (independently each day:
 * maintenance, an outage, a lost interest); while online it checks new assertions in a given hour with probability
 * {@code checkPerHour}, and a check finds the fraud. An attacker who can censor the watchers' L1 transactions for
 * {@code censorshipHours} delays every challenge until then. Fraud goes unchallenged if no challenge lands before the
 * window closes. The shorter the window, the fewer chances the watchers get: the seeds' point that shorter windows
 * weaken the incentive to watch, and that the window is calibrated, not arbitrary.
 *
 * <p>Exact: P(unchallenged) = 1 if the censorship outlasts the window, else, with W = D days + r hours,
 * [(q + (1 - q)(1 - p)^24)^D · (q + (1 - q)(1 - p)^r)]^N; {@link #simulate} estimates the same by Monte Carlo.
 */
public record WatcherAttention(int watchers, double checkPerHour, double offlinePerDay, int censorshipHours) {

    public WatcherAttention {
        if (watchers < 0) {
            throw new IllegalArgumentException("watchers cannot be negative: " + watchers);
        }
        probability("checkPerHour", checkPerHour);
        probability("offlinePerDay", offlinePerDay);
        if (censorshipHours < 0) {
            throw new IllegalArgumentException("censorship hours cannot be negative: " + censorshipHours);
        }
    }

    private static void probability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " is a probability, 0 to 1, not " + p);
        }
    }

    /** The probability that fraud goes unchallenged through a window of {@code windowHours}. */
    public double unchallenged(int windowHours) {
        if (windowHours < 0) {
            throw new IllegalArgumentException("a window cannot be negative: " + windowHours + " h");
        }
        if (censorshipHours >= windowHours) {
            return 1.0;
        }
        double missDay = offlinePerDay + (1 - offlinePerDay) * Math.pow(1 - checkPerHour, 24);
        int days = windowHours / 24;
        int rest = windowHours % 24;
        double missRest = rest == 0 ? 1.0 : offlinePerDay + (1 - offlinePerDay) * Math.pow(1 - checkPerHour, rest);
        return Math.pow(Math.pow(missDay, days) * missRest, watchers);
    }

    /** The same probability estimated from {@code trials} seeded runs, watcher by watcher and hour by hour. */
    public double simulate(int windowHours, int trials, long seed) {
        if (trials < 1) {
            throw new IllegalArgumentException("at least one trial, not " + trials);
        }
        SimRandom rnd = new SimRandom(seed);
        int missed = 0;
        for (int t = 0; t < trials; t++) {
            if (!caught(windowHours, rnd)) {
                missed++;
            }
        }
        return missed / (double) trials;
    }

    private boolean caught(int windowHours, SimRandom rnd) {
        if (censorshipHours >= windowHours) {
            return false;
        }
        for (int w = 0; w < watchers; w++) {
            boolean online = true;
            for (int h = 0; h < windowHours; h++) {
                if (h % 24 == 0) {
                    online = !rnd.nextBoolean(offlinePerDay);
                }
                if (online && rnd.nextBoolean(checkPerHour)) {
                    return true; // its challenge lands at max(h, censorshipHours), before the window ends
                }
            }
        }
        return false;
    }

    /** For each window (in hours): the window in days, the exact probability and the Monte Carlo estimate. */
    public Table sweep(List<Integer> windowHours, int trials, long seed) {
        DoubleColumn days = DoubleColumn.create("window (days)");
        DoubleColumn exact = DoubleColumn.create("P(unchallenged)");
        DoubleColumn mc = DoubleColumn.create("P(unchallenged), simulated");
        for (int i = 0; i < windowHours.size(); i++) {
            int w = windowHours.get(i);
            days.append(w / 24.0);
            exact.append(unchallenged(w));
            mc.append(simulate(w, trials, seed + i));
        }
        return Table.create("fraud unchallenged vs window", days, exact, mc);
    }
}
