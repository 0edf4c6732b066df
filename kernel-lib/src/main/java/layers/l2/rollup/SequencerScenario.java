package layers.l2.rollup;

import layers.l1.network.SimTime;

import java.util.Objects;
import java.util.Set;

/**
 * A day or more in the life of a rollup's users, for {@link SequencerSimulation}: {@code users} accounts that each
 * deposit 10 ether at the start and then send small ether transfers (Poisson arrivals, {@code txPerMinute} over all
 * users; a user waits for one transaction before sending the next); the sequencer posts a batch every
 * {@code batchInterval}; from {@code censorFrom} it ignores the users in {@code censoredUsers}; between
 * {@code downFrom} and {@code downUntil} it is down. A user who has no soft confirmation after {@code patience}, or
 * finds the sequencer down, submits the transaction on L1, and a keeper forces in every message that is old enough.
 *
 * <pre>{@code
 * SequencerScenario.of(42)                                   // 72 h, Arbitrum-like, user 0 censored from hour 1
 *     .withDowntime(RollupConfig.hours(30), RollupConfig.hours(40))
 * }</pre>
 */
public record SequencerScenario(long seed, RollupConfig config, int users, double txPerMinute, SimTime duration,
                                Set<Integer> censoredUsers, SimTime censorFrom, SimTime batchInterval,
                                SimTime patience, SimTime downFrom, SimTime downUntil) {

    public SequencerScenario {
        Objects.requireNonNull(config, "config");
        if (users < 2) {
            throw new IllegalArgumentException("a scenario needs at least 2 users, not " + users);
        }
        if (!(txPerMinute > 0) || Double.isInfinite(txPerMinute)) {
            throw new IllegalArgumentException("txPerMinute must be a positive number, was " + txPerMinute);
        }
        Objects.requireNonNull(duration, "duration");
        censoredUsers = Set.copyOf(censoredUsers);
        for (int u : censoredUsers) {
            if (u < 0 || u >= users) {
                throw new IllegalArgumentException("censored user " + u + " is not one of users 0 to " + (users - 1));
            }
        }
        Objects.requireNonNull(censorFrom, "censorFrom");
        Objects.requireNonNull(batchInterval, "batchInterval");
        if (batchInterval.micros() == 0) {
            throw new IllegalArgumentException("batchInterval must be positive");
        }
        Objects.requireNonNull(patience, "patience");
        Objects.requireNonNull(downFrom, "downFrom");
        Objects.requireNonNull(downUntil, "downUntil");
        if (downUntil.isBefore(downFrom)) {
            throw new IllegalArgumentException("the sequencer comes back (" + downUntil + ") before it goes down ("
                    + downFrom + ")");
        }
    }

    /**
     * 72 hours of an Arbitrum-like rollup: 20 users, 2 transactions a minute, user 0 censored from hour 1, a batch
     * every 10 minutes, users turn to L1 after 30 minutes without a soft confirmation, no downtime.
     */
    public static SequencerScenario of(long seed) {
        return new SequencerScenario(seed, RollupConfig.arbitrum(), 20, 2, RollupConfig.hours(72), Set.of(0),
                RollupConfig.hours(1), SimTime.ofMinutes(10), SimTime.ofMinutes(30), SimTime.ZERO, SimTime.ZERO);
    }

    public SequencerScenario withConfig(RollupConfig c) {
        return new SequencerScenario(seed, c, users, txPerMinute, duration, censoredUsers, censorFrom, batchInterval,
                patience, downFrom, downUntil);
    }

    public SequencerScenario withDuration(SimTime d) {
        return new SequencerScenario(seed, config, users, txPerMinute, d, censoredUsers, censorFrom, batchInterval,
                patience, downFrom, downUntil);
    }

    public SequencerScenario withCensored(Set<Integer> who) {
        return new SequencerScenario(seed, config, users, txPerMinute, duration, who, censorFrom, batchInterval,
                patience, downFrom, downUntil);
    }

    public SequencerScenario withTraffic(int userCount, double perMinute) {
        return new SequencerScenario(seed, config, userCount, perMinute, duration, censoredUsers, censorFrom,
                batchInterval, patience, downFrom, downUntil);
    }

    public SequencerScenario withBatchInterval(SimTime interval) {
        return new SequencerScenario(seed, config, users, txPerMinute, duration, censoredUsers, censorFrom, interval,
                patience, downFrom, downUntil);
    }

    public SequencerScenario withPatience(SimTime p) {
        return new SequencerScenario(seed, config, users, txPerMinute, duration, censoredUsers, censorFrom,
                batchInterval, p, downFrom, downUntil);
    }

    /** The sequencer is down from {@code from} until {@code until}. */
    public SequencerScenario withDowntime(SimTime from, SimTime until) {
        return new SequencerScenario(seed, config, users, txPerMinute, duration, censoredUsers, censorFrom,
                batchInterval, patience, from, until);
    }

    boolean isDownAt(SimTime t) {
        return !t.isBefore(downFrom) && t.isBefore(downUntil);
    }
}
