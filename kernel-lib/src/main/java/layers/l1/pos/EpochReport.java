package layers.l1.pos;

import java.util.Optional;

/**
 * What one epoch's processing decided, as seen from one chain.
 *
 * @param epoch the epoch that was processed
 * @param totalActiveBalance {@code get_total_active_balance}
 * @param previousTargetBalance the stake that voted for the previous epoch's checkpoint
 * @param currentTargetBalance the stake that voted for this epoch's checkpoint
 * @param justifiedEpoch the current justified checkpoint's epoch afterwards
 * @param finalizedEpoch the finalized checkpoint's epoch afterwards
 * @param finalizationRule the rule that finalized a checkpoint this epoch, if one did
 * @param inactivityLeak whether the chain was in an inactivity leak when the penalties were applied
 */
public record EpochReport(long epoch, Gwei totalActiveBalance, Gwei previousTargetBalance, Gwei currentTargetBalance,
                          long justifiedEpoch, long finalizedEpoch, Optional<FinalizationRule> finalizationRule,
                          boolean inactivityLeak) {

    /** The current epoch's target votes as a share of the active stake, 0 to 1. */
    public double participation() {
        return currentTargetBalance.value() / (double) totalActiveBalance.value();
    }
}
