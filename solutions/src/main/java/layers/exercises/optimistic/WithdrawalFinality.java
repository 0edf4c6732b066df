package layers.exercises.optimistic;

import java.util.List;
import java.util.Optional;
import layers.l1.network.SimTime;

/** Decides whether a withdrawal from an optimistic rollup can be paid on L1. */
public interface WithdrawalFinality {

    /**
     * A challenge against the assertion that holds the withdrawal: when it was opened, when its game was decided
     * (empty while it is still being played) and whether the challenger proved fraud.
     */
    record Challenge(SimTime openedAt, Optional<SimTime> decidedAt, boolean fraudProven) {
    }

    /**
     * Whether the withdrawal is final at {@code now}: the assertion was posted at {@code postedAt}; its challenge
     * window of {@code window} is over ({@code now >= postedAt + window}); and every challenge opened before the
     * window ended ({@code openedAt < postedAt + window}) was decided by {@code now} without proving fraud.
     * Challenges opened later do not count: the contract refuses them.
     */
    boolean isFinal(SimTime now, SimTime postedAt, SimTime window, List<Challenge> challenges);
}
