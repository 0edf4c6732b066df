package layers.l1.pos;

import layers.l1.crypto.Hash;

import java.util.Optional;
import java.util.function.Function;

/**
 * Casper FFG justification and finalization, as the beacon chain runs it at the end of every epoch (phase0,
 * "Justification and finalization"). A checkpoint is justified when validators holding at least two thirds of the
 * active stake vote for it as target; a justified checkpoint is finalized when the next one is justified with it as
 * source ({@link FinalizationRule}).
 */
public final class Finality {

    private Finality() {
    }

    /**
     * Whether {@code targetBalance} is a supermajority: {@code target_balance * 3 >= total_active_balance * 2}, the
     * test {@code weigh_justification_and_finalization} applies to each of the previous and current epochs.
     */
    public static boolean isJustified(Gwei targetBalance, Gwei totalActiveBalance) {
        return Math.multiplyExact(targetBalance.value(), 3) >= Math.multiplyExact(totalActiveBalance.value(), 2);
    }

    /**
     * One epoch's justification and finalization. Source: phase0, {@code weigh_justification_and_finalization}.
     *
     * @param state the finality checkpoints before this epoch's processing
     * @param currentEpoch the epoch being processed (its previous epoch is {@code currentEpoch - 1})
     * @param totalActiveBalance {@code get_total_active_balance}
     * @param previousEpochTargetBalance the stake that voted for the previous epoch's checkpoint as target
     * @param currentEpochTargetBalance the stake that voted for the current epoch's checkpoint as target
     * @param getBlockRoot the root of the block at the start of an epoch ({@code get_block_root})
     * @return the checkpoints after processing
     */
    public static FinalityCheckpoints weighJustificationAndFinalization(FinalityCheckpoints state, Epoch currentEpoch,
            Gwei totalActiveBalance, Gwei previousEpochTargetBalance, Gwei currentEpochTargetBalance,
            Function<Epoch, Hash> getBlockRoot) {
        Epoch previousEpoch = currentEpoch.previous();
        Checkpoint oldPreviousJustified = state.previousJustifiedCheckpoint();
        Checkpoint oldCurrentJustified = state.currentJustifiedCheckpoint();

        // Process justifications
        Checkpoint previousJustified = state.currentJustifiedCheckpoint();
        Checkpoint currentJustified = state.currentJustifiedCheckpoint();
        JustificationBits bits = state.justificationBits().shifted();
        if (isJustified(previousEpochTargetBalance, totalActiveBalance)) {
            currentJustified = new Checkpoint(previousEpoch, getBlockRoot.apply(previousEpoch));
            bits = bits.with(1);
        }
        if (isJustified(currentEpochTargetBalance, totalActiveBalance)) {
            currentJustified = new Checkpoint(currentEpoch, getBlockRoot.apply(currentEpoch));
            bits = bits.with(0);
        }

        // Process finalizations: the rules in the specification's order, a later one overriding an earlier one
        Checkpoint finalized = state.finalizedCheckpoint();
        for (FinalizationRule rule : FinalizationRule.values()) {
            Optional<Checkpoint> f = rule.finalizes(bits, oldPreviousJustified, oldCurrentJustified, currentEpoch);
            if (f.isPresent()) {
                finalized = f.get();
            }
        }
        return new FinalityCheckpoints(bits, previousJustified, currentJustified, finalized);
    }
}
