package layers.exercises.pos;

import java.util.Set;
import layers.l1.pos.Gwei;

/**
 * Weighs the votes for an epoch's checkpoint, as the beacon chain does at the end of every epoch. Sources:
 * consensus-specs altair, {@code get_unslashed_participating_indices} and phase0, {@code get_total_balance} (who
 * counts and what they weigh); phase0, {@code weigh_justification_and_finalization} (the two-thirds test).
 */
public interface TargetVotes {

    /**
     * The stake that voted for the target: the sum of {@code effectiveBalances[i]} over the validators {@code i} in
     * {@code attesters} that are not in {@code slashed}. No attesters (or only slashed ones) weigh
     * {@link Gwei#ZERO}. (The specification's {@code get_total_balance} also returns at least 1 ETH, to avoid a
     * division by zero; this method leaves that floor out.)
     *
     * @param effectiveBalances every validator's effective balance, by validator index
     * @param attesters the validators that voted for the target, each once
     * @param slashed the validators that have been slashed
     * @throws IllegalArgumentException naming the index if an attester is not in the registry (below 0, or not below
     *                                  {@code effectiveBalances.length})
     */
    Gwei attestingBalance(Gwei[] effectiveBalances, Set<Integer> attesters, Set<Integer> slashed);

    /**
     * Whether {@code attestingBalance} is a supermajority of {@code totalActiveBalance}: exactly the specification's
     * {@code target_balance * 3 >= total_active_balance * 2}, in whole Gwei, no division, no floating point.
     *
     * @throws ArithmeticException if either product overflows a {@code long}, rather than give a wrong answer
     */
    boolean isJustified(Gwei attestingBalance, Gwei totalActiveBalance);
}
