package layers.exercises.pos;

import layers.l1.pos.Gwei;

/**
 * What a slashed validator pays, with the constants in force from Bellatrix to Deneb. Sources: consensus-specs
 * bellatrix, modified {@code slash_validator} (the initial penalty) and modified {@code process_slashings} (the
 * correlation penalty, taken half-way through the {@code EPOCHS_PER_SLASHINGS_VECTOR} window, about 18 days later).
 */
public interface SlashingPenalty {

    /**
     * The initial penalty, taken when the validator is slashed:
     * {@code effective_balance // MIN_SLASHING_PENALTY_QUOTIENT_BELLATRIX}, with the quotient 32 (bellatrix:
     * {@code MIN_SLASHING_PENALTY_QUOTIENT_BELLATRIX = 2**5}), rounded down to a whole Gwei.
     */
    Gwei slashingPenalty(Gwei effectiveBalance);

    /**
     * The correlation penalty, which grows with the stake slashed around the same time:
     * <pre>
     * adjusted = min(slashedInWindow * PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX, totalActiveBalance)
     * penalty  = effective_balance // EFFECTIVE_BALANCE_INCREMENT * adjusted // totalActiveBalance
     *            * EFFECTIVE_BALANCE_INCREMENT
     * </pre>
     * with {@code PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX = 3} (bellatrix) and
     * {@code EFFECTIVE_BALANCE_INCREMENT = 10**9} Gwei, 1 ETH (phase0). Every {@code //} rounds down, in the order
     * written: the penalty is a whole number of ether.
     *
     * @param effectiveBalance the slashed validator's effective balance
     * @param slashedInWindow the effective balance of every validator slashed in the last
     *                        {@code EPOCHS_PER_SLASHINGS_VECTOR} epochs, this one included
     * @param totalActiveBalance the stake of all active validators
     * @throws IllegalArgumentException if {@code totalActiveBalance} is zero
     */
    Gwei correlationPenalty(Gwei effectiveBalance, Gwei slashedInWindow, Gwei totalActiveBalance);
}
