package layers.l1.pos;

import layers.l1.pow.AttackerSuccess;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * The same double spend against the two kinds of finality. Under proof of work a payment is never final, only
 * unlikely to be undone: the attacker's chance falls with every confirmation (Bitcoin whitepaper, section 11,
 * {@link AttackerSuccess}). Under Casper FFG a finalized block can be reverted only by finalizing a conflicting one,
 * which needs validators with at least a third of the stake to sign slashable votes, and the slashing rules then
 * destroy their whole stake ({@link SlashingPenalties}): the revert has a price in ether, known in advance.
 */
public final class EconomicFinality {

    /** Epochs from a block to its finalization in the usual case: justified at the end of its epoch, finalized at the end of the next. */
    public static final long EPOCHS_TO_FINALITY = 2;
    /** Bitcoin's target block interval: 600 seconds. */
    public static final long POW_BLOCK_SECONDS = 600;

    private EconomicFinality() {
    }

    /** The least stake that must sign slashable votes for two conflicting checkpoints to be finalized: a third, rounded up. */
    public static Gwei minimumSlashableStake(Gwei totalStake) {
        long t = totalStake.value();
        return Gwei.of(t / 3 + (t % 3 == 0 ? 0 : 1));
    }

    /**
     * The ether destroyed when the least stake able to revert a finalized block is slashed: enough 32-ETH validators to
     * hold {@link #minimumSlashableStake}, each losing {@link SlashingPenalties#totalLoss} with all of them in the
     * same slashings window (counted in the active balance, so a lower bound).
     */
    public static Gwei costToRevertFinalized(Gwei totalStake) {
        Gwei validatorStake = Gwei.of(SpecConstants.MAX_EFFECTIVE_BALANCE);
        long needed = minimumSlashableStake(totalStake).value();
        long validators = needed / validatorStake.value() + (needed % validatorStake.value() == 0 ? 0 : 1);
        Gwei slashed = validatorStake.times(validators);
        Gwei each = SlashingPenalties.totalLoss(validatorStake, validatorStake, slashed, totalStake.max(slashed));
        return each.times(validators);
    }

    /** Proof of work: the attacker's chance of undoing a payment after {@code z} confirmations, {@code z = 0 .. maxConfirmations}. */
    public static Table powDoubleSpend(double q, int maxConfirmations) {
        IntColumn z = IntColumn.create("confirmations");
        DoubleColumn minutes = DoubleColumn.create("minutes");
        DoubleColumn p = DoubleColumn.create("attackerSuccess");
        for (int c = 0; c <= maxConfirmations; c++) {
            z.append(c);
            minutes.append(c * POW_BLOCK_SECONDS / 60.0);
            p.append(AttackerSuccess.probability(q, c));
        }
        return Table.create("proof of work, attacker share q = " + q, z, minutes, p);
    }

    /** Proof of stake: for each total stake, the least stake that must be slashed to revert a finalized block and what it loses. */
    public static Table posRevertCost(Gwei... totalStakes) {
        DoubleColumn total = DoubleColumn.create("totalStakeEth");
        DoubleColumn slashable = DoubleColumn.create("minimumSlashableEth");
        LongColumn burntGwei = LongColumn.create("burntGwei");
        DoubleColumn burnt = DoubleColumn.create("burntEth");
        for (Gwei t : totalStakes) {
            Gwei cost = costToRevertFinalized(t);
            total.append(t.toEther());
            slashable.append(minimumSlashableStake(t).toEther());
            burntGwei.append(cost.value());
            burnt.append(cost.toEther());
        }
        return Table.create("proof of stake, cost of reverting a finalized block", total, slashable, burntGwei, burnt);
    }

    /**
     * Minute by minute after a payment: the proof-of-work attacker's chance of undoing it (one block per 10 minutes,
     * attacker share {@code q}) beside the ether a proof-of-stake attacker must burn (0 until the block is finalized,
     * after {@link #EPOCHS_TO_FINALITY} epochs of 6.4 minutes). Columns {@code minute}, {@code powConfirmations},
     * {@code powAttackerSuccess}, {@code posFinalized}, {@code posBurntEthToRevert}.
     */
    public static Table compare(double q, Gwei totalStake, int maxMinutes) {
        if (maxMinutes < 0) {
            throw new IllegalArgumentException("minutes must be 0 or more, was " + maxMinutes);
        }
        long finalitySeconds = EPOCHS_TO_FINALITY * SpecConstants.SLOTS_PER_EPOCH * SpecConstants.SECONDS_PER_SLOT;
        double cost = costToRevertFinalized(totalStake).toEther();
        IntColumn minute = IntColumn.create("minute");
        IntColumn z = IntColumn.create("powConfirmations");
        DoubleColumn p = DoubleColumn.create("powAttackerSuccess");
        BooleanColumn finalized = BooleanColumn.create("posFinalized");
        DoubleColumn burnt = DoubleColumn.create("posBurntEthToRevert");
        for (int m = 0; m <= maxMinutes; m++) {
            int confirmations = (int) (m * 60L / POW_BLOCK_SECONDS);
            boolean isFinal = m * 60L >= finalitySeconds;
            minute.append(m);
            z.append(confirmations);
            p.append(AttackerSuccess.probability(q, confirmations));
            finalized.append(isFinal);
            burnt.append(isFinal ? cost : 0);
        }
        return Table.create("probabilistic vs economic finality", minute, z, p, finalized, burnt);
    }
}
