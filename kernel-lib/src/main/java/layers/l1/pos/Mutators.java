package layers.l1.pos;

/** The beacon-state mutators of the specification this model uses, one method each. */
public final class Mutators {

    private Mutators() {
    }

    /** Source: phase0, {@code increase_balance}. */
    public static void increaseBalance(BeaconState state, int index, Gwei delta) {
        state.balances[state.checked(index)] = Math.addExact(state.balances[index], delta.value());
    }

    /** Source: phase0, {@code decrease_balance}: stops at zero. */
    public static void decreaseBalance(BeaconState state, int index, Gwei delta) {
        long b = state.balances[state.checked(index)];
        state.balances[index] = delta.value() > b ? 0 : b - delta.value();
    }

    /** Source: phase0, {@code compute_activation_exit_epoch}: {@code epoch + 1 + MAX_SEED_LOOKAHEAD}. */
    public static Epoch computeActivationExitEpoch(Epoch epoch) {
        return epoch.plus(1 + SpecConstants.MAX_SEED_LOOKAHEAD);
    }

    /**
     * Queues the validator's exit, at most {@code get_validator_churn_limit} exits per epoch. Source: phase0,
     * {@code initiate_validator_exit} (Electra replaced the count with a balance-based churn; not modelled).
     */
    public static void initiateValidatorExit(BeaconState state, int index) {
        if (state.exitEpochs[state.checked(index)] != Epoch.FAR_FUTURE.value()) {
            return;
        }
        long exitQueueEpoch = computeActivationExitEpoch(state.currentEpoch).value();
        for (long e : state.exitEpochs) {
            if (e != Epoch.FAR_FUTURE.value()) {
                exitQueueEpoch = Math.max(exitQueueEpoch, e);
            }
        }
        long churn = 0;
        for (long e : state.exitEpochs) {
            if (e == exitQueueEpoch) {
                churn++;
            }
        }
        if (churn >= Accessors.getValidatorChurnLimit(state)) {
            exitQueueEpoch++;
        }
        state.exitEpochs[index] = exitQueueEpoch;
        state.withdrawableEpochs[index] = exitQueueEpoch + SpecConstants.MIN_VALIDATOR_WITHDRAWABILITY_DELAY;
    }

    /**
     * Slashes a validator: queues its exit, marks it slashed, keeps it from withdrawing for
     * {@code EPOCHS_PER_SLASHINGS_VECTOR} epochs, records its effective balance for the correlation penalty, takes
     * the initial penalty and pays the whistleblower. Source: bellatrix, modified {@code slash_validator}. Here the
     * whistleblower is also the proposer that included the evidence, so it receives the whole
     * {@link SlashingPenalties#whistleblowerReward}.
     */
    public static void slashValidator(BeaconState state, int slashedIndex, int whistleblowerIndex) {
        state.checked(whistleblowerIndex);
        Epoch epoch = state.currentEpoch;
        initiateValidatorExit(state, slashedIndex);
        state.slashed[slashedIndex] = true;
        state.withdrawableEpochs[slashedIndex] = Math.max(state.withdrawableEpochs[slashedIndex],
                epoch.plus(SpecConstants.EPOCHS_PER_SLASHINGS_VECTOR).value());
        Gwei effective = Gwei.of(state.effectiveBalances[slashedIndex]);
        int slot = (int) (epoch.value() % SpecConstants.EPOCHS_PER_SLASHINGS_VECTOR);
        state.slashings[slot] = Math.addExact(state.slashings[slot], effective.value());
        decreaseBalance(state, slashedIndex, SlashingPenalties.slashingPenalty(effective));
        increaseBalance(state, whistleblowerIndex, SlashingPenalties.whistleblowerReward(effective));
    }
}
