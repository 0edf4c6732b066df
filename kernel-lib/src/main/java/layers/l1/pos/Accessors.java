package layers.l1.pos;

import layers.l1.crypto.Hash;

import java.util.stream.IntStream;

/** The beacon-state accessors and predicates of the specification this model uses, one method each. */
public final class Accessors {

    private Accessors() {
    }

    /** Source: phase0, {@code get_current_epoch}. */
    public static Epoch getCurrentEpoch(BeaconState state) {
        return state.currentEpoch;
    }

    /** Source: phase0, {@code get_previous_epoch}. */
    public static Epoch getPreviousEpoch(BeaconState state) {
        return state.currentEpoch.previous();
    }

    /** Source: phase0, {@code is_active_validator}: {@code activation_epoch <= epoch < exit_epoch}. */
    public static boolean isActiveValidator(BeaconState state, int index, Epoch epoch) {
        return state.activationEpochs[state.checked(index)] <= epoch.value() && epoch.value() < state.exitEpochs[index];
    }

    /** Source: phase0, {@code is_slashable_validator}: not slashed and {@code activation_epoch <= epoch < withdrawable_epoch}. */
    public static boolean isSlashableValidator(BeaconState state, int index, Epoch epoch) {
        return !state.slashed[state.checked(index)] && state.activationEpochs[index] <= epoch.value()
                && epoch.value() < state.withdrawableEpochs[index];
    }

    /** Source: phase0, {@code get_active_validator_indices}. */
    public static int[] getActiveValidatorIndices(BeaconState state, Epoch epoch) {
        return IntStream.range(0, state.validatorCount()).filter(i -> isActiveValidator(state, i, epoch)).toArray();
    }

    /** Source: phase0, {@code get_total_balance}: the effective balances, at least {@code EFFECTIVE_BALANCE_INCREMENT}. */
    public static Gwei getTotalBalance(BeaconState state, int[] indices) {
        long sum = 0;
        for (int i : indices) {
            sum = Math.addExact(sum, state.effectiveBalances[state.checked(i)]);
        }
        return Gwei.of(Math.max(SpecConstants.EFFECTIVE_BALANCE_INCREMENT, sum));
    }

    /** Source: phase0, {@code get_total_active_balance}. */
    public static Gwei getTotalActiveBalance(BeaconState state) {
        return getTotalBalance(state, getActiveValidatorIndices(state, getCurrentEpoch(state)));
    }

    /**
     * The active, unslashed validators that voted for the right target in {@code epoch} (the previous or the current
     * one). Source: altair, {@code get_unslashed_participating_indices} with {@code TIMELY_TARGET_FLAG_INDEX}.
     */
    public static int[] getUnslashedParticipatingIndices(BeaconState state, Epoch epoch) {
        boolean[] flags;
        if (epoch.equals(getCurrentEpoch(state))) {
            flags = state.currentEpochTarget;
        } else if (epoch.equals(getPreviousEpoch(state))) {
            flags = state.previousEpochTarget;
        } else {
            throw new IllegalArgumentException(epoch + " is neither the previous nor the current epoch ("
                    + getCurrentEpoch(state).value() + ")");
        }
        return IntStream.range(0, state.validatorCount())
                .filter(i -> flags[i] && isActiveValidator(state, i, epoch) && !state.slashed[i]).toArray();
    }

    /** Source: phase0, {@code get_finality_delay}: {@code previous_epoch - finalized_checkpoint.epoch}. */
    public static long getFinalityDelay(BeaconState state) {
        return getPreviousEpoch(state).value() - state.finality.finalizedCheckpoint().epoch().value();
    }

    /** Source: phase0, {@code is_in_inactivity_leak}: {@code get_finality_delay > MIN_EPOCHS_TO_INACTIVITY_PENALTY}. */
    public static boolean isInInactivityLeak(BeaconState state) {
        return InactivityLeak.isInInactivityLeak(getFinalityDelay(state));
    }

    /** Source: phase0, {@code get_eligible_validator_indices}: active in the previous epoch, or slashed and not yet withdrawable. */
    public static int[] getEligibleValidatorIndices(BeaconState state) {
        Epoch previous = getPreviousEpoch(state);
        return IntStream.range(0, state.validatorCount())
                .filter(i -> isActiveValidator(state, i, previous)
                        || state.slashed[i] && previous.value() + 1 < state.withdrawableEpochs[i])
                .toArray();
    }

    /** Source: phase0, {@code get_validator_churn_limit}. */
    public static long getValidatorChurnLimit(BeaconState state) {
        return Math.max(SpecConstants.MIN_PER_EPOCH_CHURN_LIMIT,
                getActiveValidatorIndices(state, getCurrentEpoch(state)).length / SpecConstants.CHURN_LIMIT_QUOTIENT);
    }

    /** Source: phase0, {@code get_block_root}. */
    public static Hash getBlockRoot(BeaconState state, Epoch epoch) {
        return state.blockRoots.getBlockRoot(epoch);
    }
}
