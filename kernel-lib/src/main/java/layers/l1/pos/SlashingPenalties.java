package layers.l1.pos;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import static layers.l1.pos.SpecConstants.EFFECTIVE_BALANCE_INCREMENT;
import static layers.l1.pos.SpecConstants.MIN_SLASHING_PENALTY_QUOTIENT_BELLATRIX;
import static layers.l1.pos.SpecConstants.PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX;
import static layers.l1.pos.SpecConstants.PROPOSER_WEIGHT;
import static layers.l1.pos.SpecConstants.WEIGHT_DENOMINATOR;
import static layers.l1.pos.SpecConstants.WHISTLEBLOWER_REWARD_QUOTIENT;

/**
 * What a slashed validator loses, with the Bellatrix constants (in force through Deneb): an initial penalty when it
 * is slashed, and a correlation penalty half-way through the {@code EPOCHS_PER_SLASHINGS_VECTOR} window (about 18
 * days later) that grows with how much stake was slashed in the same window, so that a lone mistake costs little and a
 * coordinated attack by a third of the stake costs everything. Electra (2025) lowered the initial penalty to
 * {@code effective_balance / 4096}; that fork is not modelled.
 */
public final class SlashingPenalties {

    private SlashingPenalties() {
    }

    /** The initial penalty. Source: bellatrix, modified {@code slash_validator}: {@code effective_balance // MIN_SLASHING_PENALTY_QUOTIENT_BELLATRIX}. */
    public static Gwei slashingPenalty(Gwei effectiveBalance) {
        return effectiveBalance.dividedBy(MIN_SLASHING_PENALTY_QUOTIENT_BELLATRIX);
    }

    /** What reporting the offence earns, in all. Source: phase0/bellatrix {@code slash_validator}: {@code effective_balance // WHISTLEBLOWER_REWARD_QUOTIENT}. */
    public static Gwei whistleblowerReward(Gwei effectiveBalance) {
        return effectiveBalance.dividedBy(WHISTLEBLOWER_REWARD_QUOTIENT);
    }

    /** The block proposer's part of {@link #whistleblowerReward}. Source: bellatrix {@code slash_validator}: {@code whistleblower_reward * PROPOSER_WEIGHT // WEIGHT_DENOMINATOR}. */
    public static Gwei proposerReward(Gwei effectiveBalance) {
        return whistleblowerReward(effectiveBalance).times(PROPOSER_WEIGHT).dividedBy(WEIGHT_DENOMINATOR);
    }

    /**
     * The correlation penalty. Source: bellatrix, modified {@code process_slashings}:
     * {@code adjusted = min(sum(slashings) * PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX, total_balance)}, then
     * {@code effective_balance // increment * adjusted // total_balance * increment}. The division by the increment
     * first means penalties come in whole ether: one slashed validator among a hundred pays nothing here.
     *
     * @param slashedInWindow the effective balance of every validator slashed in the last
     *                        {@code EPOCHS_PER_SLASHINGS_VECTOR} epochs ({@code sum(state.slashings)})
     * @param totalActiveBalance {@code get_total_active_balance} at the time
     */
    public static Gwei correlationPenalty(Gwei effectiveBalance, Gwei slashedInWindow, Gwei totalActiveBalance) {
        if (totalActiveBalance.isZero()) {
            throw new IllegalArgumentException("the total active balance must be positive");
        }
        Gwei adjusted = slashedInWindow.times(PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX).min(totalActiveBalance);
        long increments = effectiveBalance.value() / EFFECTIVE_BALANCE_INCREMENT;
        long penaltyNumerator = Math.multiplyExact(increments, adjusted.value());
        return Gwei.of(penaltyNumerator / totalActiveBalance.value() * EFFECTIVE_BALANCE_INCREMENT);
    }

    /** Both penalties together, capped at the balance (as {@code decrease_balance} stops at zero). */
    public static Gwei totalLoss(Gwei balance, Gwei effectiveBalance, Gwei slashedInWindow, Gwei totalActiveBalance) {
        return slashingPenalty(effectiveBalance)
                .plus(correlationPenalty(effectiveBalance, slashedInWindow, totalActiveBalance)).min(balance);
    }

    /**
     * What one 32-ETH validator loses when a given share of the stake is slashed with it, for each share in
     * {@code percents}: columns {@code slashedPercent}, {@code initialEth}, {@code correlationEth}, {@code lossEth},
     * {@code lossPercent}. The slashed stake is counted in the total active balance (a lower bound on the penalty: by
     * the time it is applied most slashed validators have exited, which makes it larger).
     */
    public static Table table(Gwei totalActiveBalance, double... percents) {
        Gwei balance = Gwei.of(SpecConstants.MAX_EFFECTIVE_BALANCE);
        DoubleColumn share = DoubleColumn.create("slashedPercent");
        DoubleColumn initial = DoubleColumn.create("initialEth");
        DoubleColumn correlation = DoubleColumn.create("correlationEth");
        DoubleColumn loss = DoubleColumn.create("lossEth");
        DoubleColumn lossPercent = DoubleColumn.create("lossPercent");
        for (double percent : percents) {
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("a percentage of stake is 0 to 100, not " + percent);
            }
            Gwei slashed = Gwei.of((long) Math.floor(totalActiveBalance.value() * (percent / 100)));
            Gwei c = correlationPenalty(balance, slashed, totalActiveBalance);
            Gwei total = totalLoss(balance, balance, slashed, totalActiveBalance);
            share.append(percent);
            initial.append(slashingPenalty(balance).toEther());
            correlation.append(c.toEther());
            loss.append(total.toEther());
            lossPercent.append(100.0 * total.value() / balance.value());
        }
        return Table.create("slashing penalties, total stake " + totalActiveBalance.toEtherString(),
                share, initial, correlation, loss, lossPercent);
    }
}
