package layers.exercises.optimistic;

import java.util.List;
import layers.l1.network.SimTime;

/**
 * Exercise {@code optimistic.final}: decide when a withdrawal from an optimistic rollup is final.
 * Write {@link #isFinal}, then grade it: {@code ./course grade optimistic.final}.
 *
 * <p>Hints:
 * <ol>
 *   <li>The window ends at {@code postedAt.plus(window)}; before that ({@code now.isBefore(end)}) nothing is final.</li>
 *   <li>Skip the challenges with {@code !c.openedAt().isBefore(end)}: they came too late to count.</li>
 *   <li>Each remaining challenge must have {@code decidedAt()} present and not after {@code now}, and
 *       {@code fraudProven()} false. One proven fraud means the assertion is removed: never final.</li>
 * </ol>
 */
public class MyWithdrawalFinality implements WithdrawalFinality {

    @Override
    public boolean isFinal(SimTime now, SimTime postedAt, SimTime window, List<Challenge> challenges) {
        throw new UnsupportedOperationException("exercise optimistic.final: not written yet — see the hints above");
    }
}
