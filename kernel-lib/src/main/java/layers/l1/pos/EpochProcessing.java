package layers.l1.pos;

import static layers.l1.pos.SpecConstants.EFFECTIVE_BALANCE_INCREMENT;
import static layers.l1.pos.SpecConstants.EJECTION_BALANCE;
import static layers.l1.pos.SpecConstants.EPOCHS_PER_SLASHINGS_VECTOR;
import static layers.l1.pos.SpecConstants.HYSTERESIS_DOWNWARD_MULTIPLIER;
import static layers.l1.pos.SpecConstants.HYSTERESIS_QUOTIENT;
import static layers.l1.pos.SpecConstants.HYSTERESIS_UPWARD_MULTIPLIER;
import static layers.l1.pos.SpecConstants.MAX_EFFECTIVE_BALANCE;

/**
 * The end-of-epoch processing, one method per step of the specification's {@code process_epoch} (altair/bellatrix
 * order) that this model keeps. Left out: attestation rewards and the flag penalties for missed source, target and head
 * votes (on mainnet they are a fraction of a percent of what the inactivity leak takes), activations, eth1 data,
 * RANDAO and historical roots, sync committees.
 */
public final class EpochProcessing {

    private EpochProcessing() {
    }

    /** The steps in the specification's order, then the move to the next epoch. Source: altair, {@code process_epoch}. */
    public static void processEpoch(BeaconState state) {
        processJustificationAndFinalization(state);
        processInactivityUpdates(state);
        processRewardsAndPenalties(state);
        processRegistryUpdates(state);
        processSlashings(state);
        processEffectiveBalanceUpdates(state);
        processSlashingsReset(state);
        processParticipationFlagUpdates(state);
        state.currentEpoch = state.currentEpoch.plus(1);
    }

    /**
     * Weighs the target votes of the previous and current epochs. Source: altair,
     * {@code process_justification_and_finalization}, which skips the first two epochs.
     */
    public static void processJustificationAndFinalization(BeaconState state) {
        Epoch current = Accessors.getCurrentEpoch(state);
        if (current.value() <= Epoch.GENESIS.value() + 1) {
            return;
        }
        Epoch previous = Accessors.getPreviousEpoch(state);
        Gwei total = Accessors.getTotalActiveBalance(state);
        Gwei previousTarget = Accessors.getTotalBalance(state, Accessors.getUnslashedParticipatingIndices(state, previous));
        Gwei currentTarget = Accessors.getTotalBalance(state, Accessors.getUnslashedParticipatingIndices(state, current));
        state.finality = Finality.weighJustificationAndFinalization(state.finality, current, total, previousTarget,
                currentTarget, state.blockRoots::getBlockRoot);
    }

    /** Source: altair, {@code process_inactivity_updates} (see {@link InactivityLeak#updatedInactivityScore}). */
    public static void processInactivityUpdates(BeaconState state) {
        if (Accessors.getCurrentEpoch(state).equals(Epoch.GENESIS)) {
            return;
        }
        boolean inLeak = Accessors.isInInactivityLeak(state);
        boolean[] voted = participants(state);
        for (int index : Accessors.getEligibleValidatorIndices(state)) {
            state.inactivityScores[index] = InactivityLeak.updatedInactivityScore(state.inactivityScores[index],
                    voted[index], inLeak);
        }
    }

    /**
     * The inactivity penalties: every eligible validator that missed the previous epoch's target pays
     * {@link InactivityLeak#inactivityPenalty}. Source: altair {@code process_rewards_and_penalties} with bellatrix's
     * {@code get_inactivity_penalty_deltas}; the flag rewards and penalties of {@code get_flag_index_deltas} are left out.
     */
    public static void processRewardsAndPenalties(BeaconState state) {
        if (Accessors.getCurrentEpoch(state).equals(Epoch.GENESIS)) {
            return;
        }
        boolean[] voted = participants(state);
        for (int index : Accessors.getEligibleValidatorIndices(state)) {
            if (!voted[index]) {
                Gwei penalty = InactivityLeak.inactivityPenalty(Gwei.of(state.effectiveBalances[index]),
                        state.inactivityScores[index]);
                Mutators.decreaseBalance(state, index, penalty);
            }
        }
    }

    /** Ejects active validators whose effective balance fell to {@code EJECTION_BALANCE}. Source: phase0, {@code process_registry_updates} (ejections only). */
    public static void processRegistryUpdates(BeaconState state) {
        Epoch current = Accessors.getCurrentEpoch(state);
        for (int index = 0; index < state.validatorCount(); index++) {
            if (Accessors.isActiveValidator(state, index, current) && state.effectiveBalances[index] <= EJECTION_BALANCE) {
                Mutators.initiateValidatorExit(state, index);
            }
        }
    }

    /**
     * The correlation penalty, half-way through a slashed validator's {@code EPOCHS_PER_SLASHINGS_VECTOR} window.
     * Source: bellatrix, modified {@code process_slashings} (see {@link SlashingPenalties#correlationPenalty}).
     */
    public static void processSlashings(BeaconState state) {
        long epoch = Accessors.getCurrentEpoch(state).value();
        Gwei total = Accessors.getTotalActiveBalance(state);
        Gwei slashed = state.slashingsInWindow();
        for (int index = 0; index < state.validatorCount(); index++) {
            if (state.slashed[index] && epoch + EPOCHS_PER_SLASHINGS_VECTOR / 2 == state.withdrawableEpochs[index]) {
                Mutators.decreaseBalance(state, index,
                        SlashingPenalties.correlationPenalty(Gwei.of(state.effectiveBalances[index]), slashed, total));
            }
        }
    }

    /** Source: phase0, {@code process_effective_balance_updates}. */
    public static void processEffectiveBalanceUpdates(BeaconState state) {
        for (int index = 0; index < state.validatorCount(); index++) {
            state.effectiveBalances[index] = updatedEffectiveBalance(state.balances[index], state.effectiveBalances[index]);
        }
    }

    /**
     * The effective balance follows the balance in whole-ether steps, with hysteresis: it drops once the balance is a
     * quarter ether below it and rises once the balance is 1.25 ether above it. Source: phase0,
     * {@code process_effective_balance_updates}.
     */
    public static long updatedEffectiveBalance(long balance, long effectiveBalance) {
        long hysteresisIncrement = EFFECTIVE_BALANCE_INCREMENT / HYSTERESIS_QUOTIENT;
        long downwardThreshold = hysteresisIncrement * HYSTERESIS_DOWNWARD_MULTIPLIER;
        long upwardThreshold = hysteresisIncrement * HYSTERESIS_UPWARD_MULTIPLIER;
        if (balance + downwardThreshold < effectiveBalance || effectiveBalance + upwardThreshold < balance) {
            return Math.min(balance - balance % EFFECTIVE_BALANCE_INCREMENT, MAX_EFFECTIVE_BALANCE);
        }
        return effectiveBalance;
    }

    /** Source: phase0, {@code process_slashings_reset}. */
    public static void processSlashingsReset(BeaconState state) {
        long next = Accessors.getCurrentEpoch(state).value() + 1;
        state.slashings[(int) (next % EPOCHS_PER_SLASHINGS_VECTOR)] = 0;
    }

    /** The current epoch's votes become the previous epoch's. Source: altair, {@code process_participation_flag_updates}. */
    public static void processParticipationFlagUpdates(BeaconState state) {
        state.previousEpochTarget = state.currentEpochTarget;
        state.currentEpochTarget = new boolean[state.validatorCount()];
    }

    private static boolean[] participants(BeaconState state) {
        boolean[] voted = new boolean[state.validatorCount()];
        for (int i : Accessors.getUnslashedParticipatingIndices(state, Accessors.getPreviousEpoch(state))) {
            voted[i] = true;
        }
        return voted;
    }
}
