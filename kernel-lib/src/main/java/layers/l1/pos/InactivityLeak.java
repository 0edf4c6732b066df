package layers.l1.pos;

import static layers.l1.pos.SpecConstants.INACTIVITY_PENALTY_QUOTIENT_BELLATRIX;
import static layers.l1.pos.SpecConstants.INACTIVITY_SCORE_BIAS;
import static layers.l1.pos.SpecConstants.INACTIVITY_SCORE_RECOVERY_RATE;
import static layers.l1.pos.SpecConstants.MIN_EPOCHS_TO_INACTIVITY_PENALTY;

/**
 * The inactivity leak: when the chain has not finalized for more than {@code MIN_EPOCHS_TO_INACTIVITY_PENALTY}
 * epochs, every validator that does not vote for the right target gains {@code INACTIVITY_SCORE_BIAS} points of
 * inactivity score per epoch and loses {@code effective_balance * score / (INACTIVITY_SCORE_BIAS *
 * INACTIVITY_PENALTY_QUOTIENT_BELLATRIX)} per epoch: a loss that grows with the square of the time offline, until the
 * validators that are still voting hold two thirds of the stake again and the chain finalizes.
 */
public final class InactivityLeak {

    private InactivityLeak() {
    }

    /** Source: phase0, {@code is_in_inactivity_leak}, from {@code get_finality_delay}. */
    public static boolean isInInactivityLeak(long finalityDelay) {
        return finalityDelay > MIN_EPOCHS_TO_INACTIVITY_PENALTY;
    }

    /**
     * A validator's inactivity score after one epoch. Source: altair, {@code process_inactivity_updates}: minus 1 for a
     * timely target vote (not below 0), plus {@code INACTIVITY_SCORE_BIAS} otherwise, then minus
     * {@code INACTIVITY_SCORE_RECOVERY_RATE} (not below 0) outside a leak.
     */
    public static long updatedInactivityScore(long score, boolean votedForTarget, boolean inLeak) {
        long s = votedForTarget ? score - Math.min(1, score) : Math.addExact(score, INACTIVITY_SCORE_BIAS);
        return inLeak ? s : s - Math.min(INACTIVITY_SCORE_RECOVERY_RATE, s);
    }

    /**
     * The inactivity penalty for one epoch of a validator that missed its target vote. Source: bellatrix, modified
     * {@code get_inactivity_penalty_deltas}: {@code effective_balance * inactivity_score // (INACTIVITY_SCORE_BIAS *
     * INACTIVITY_PENALTY_QUOTIENT_BELLATRIX)}.
     */
    public static Gwei inactivityPenalty(Gwei effectiveBalance, long inactivityScore) {
        if (inactivityScore < 0) {
            throw new IllegalArgumentException("an inactivity score cannot be negative: " + inactivityScore);
        }
        long numerator = Math.multiplyExact(effectiveBalance.value(), inactivityScore);
        return Gwei.of(numerator / (INACTIVITY_SCORE_BIAS * INACTIVITY_PENALTY_QUOTIENT_BELLATRIX));
    }
}
