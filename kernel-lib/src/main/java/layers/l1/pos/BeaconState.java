package layers.l1.pos;

import java.util.Arrays;

/**
 * The part of the beacon state this model keeps: the validator registry (balances, effective balances, slashed flags,
 * activation/exit/withdrawable epochs, inactivity scores), who voted for the right target in the previous and current
 * epochs, the slashings vector, and the finality checkpoints. Source: phase0/altair {@code BeaconState}.
 *
 * <p>Everyone can read it; only the spec functions of this package ({@link Mutators}, {@link EpochProcessing},
 * {@link AttestationProcessing}) change it. There are no blocks, slots within an epoch, deposits, withdrawals, sync
 * committees or execution payloads.
 */
public final class BeaconState {

    Epoch currentEpoch = Epoch.GENESIS;
    final long[] balances;
    final long[] effectiveBalances;
    final boolean[] slashed;
    final long[] activationEpochs;
    final long[] exitEpochs;
    final long[] withdrawableEpochs;
    final long[] inactivityScores;
    boolean[] previousEpochTarget;
    boolean[] currentEpochTarget;
    final long[] slashings = new long[SpecConstants.EPOCHS_PER_SLASHINGS_VECTOR];
    FinalityCheckpoints finality = FinalityCheckpoints.genesis();
    BlockRoots blockRoots;

    private BeaconState(int n, BlockRoots blockRoots) {
        balances = new long[n];
        effectiveBalances = new long[n];
        slashed = new boolean[n];
        activationEpochs = new long[n];
        exitEpochs = new long[n];
        withdrawableEpochs = new long[n];
        inactivityScores = new long[n];
        previousEpochTarget = new boolean[n];
        currentEpochTarget = new boolean[n];
        this.blockRoots = blockRoots;
    }

    /**
     * A genesis state in which every validator is active from epoch 0, its effective balance set as
     * {@code initialize_beacon_state_from_eth1} does: {@code min(balance - balance % EFFECTIVE_BALANCE_INCREMENT,
     * MAX_EFFECTIVE_BALANCE)}. (The specification activates at genesis only validators with the maximum effective
     * balance; this model activates every one, so that stake-weighted rules can be shown with smaller stakes.)
     *
     * @throws IllegalArgumentException if there are no validators
     */
    public static BeaconState genesis(BlockRoots blockRoots, Gwei... balances) {
        if (balances.length == 0) {
            throw new IllegalArgumentException("a beacon state needs at least one validator");
        }
        BeaconState s = new BeaconState(balances.length, blockRoots);
        for (int i = 0; i < balances.length; i++) {
            long b = balances[i].value();
            s.balances[i] = b;
            s.effectiveBalances[i] = Math.min(b - b % SpecConstants.EFFECTIVE_BALANCE_INCREMENT,
                    SpecConstants.MAX_EFFECTIVE_BALANCE);
            s.exitEpochs[i] = Epoch.FAR_FUTURE.value();
            s.withdrawableEpochs[i] = Epoch.FAR_FUTURE.value();
        }
        return s;
    }

    /** A copy that continues on {@code roots}: the view of one side of a partition. */
    BeaconState copyOnto(BlockRoots roots) {
        BeaconState c = new BeaconState(balances.length, roots);
        c.currentEpoch = currentEpoch;
        System.arraycopy(balances, 0, c.balances, 0, balances.length);
        System.arraycopy(effectiveBalances, 0, c.effectiveBalances, 0, balances.length);
        System.arraycopy(slashed, 0, c.slashed, 0, balances.length);
        System.arraycopy(activationEpochs, 0, c.activationEpochs, 0, balances.length);
        System.arraycopy(exitEpochs, 0, c.exitEpochs, 0, balances.length);
        System.arraycopy(withdrawableEpochs, 0, c.withdrawableEpochs, 0, balances.length);
        System.arraycopy(inactivityScores, 0, c.inactivityScores, 0, balances.length);
        c.previousEpochTarget = previousEpochTarget.clone();
        c.currentEpochTarget = currentEpochTarget.clone();
        System.arraycopy(slashings, 0, c.slashings, 0, slashings.length);
        c.finality = finality;
        return c;
    }

    public int validatorCount() {
        return balances.length;
    }

    public Epoch currentEpoch() {
        return currentEpoch;
    }

    public Gwei balance(int index) {
        return Gwei.of(balances[checked(index)]);
    }

    public Gwei effectiveBalance(int index) {
        return Gwei.of(effectiveBalances[checked(index)]);
    }

    public boolean isSlashed(int index) {
        return slashed[checked(index)];
    }

    public Epoch exitEpoch(int index) {
        return Epoch.of(exitEpochs[checked(index)]);
    }

    public Epoch withdrawableEpoch(int index) {
        return Epoch.of(withdrawableEpochs[checked(index)]);
    }

    public long inactivityScore(int index) {
        return inactivityScores[checked(index)];
    }

    public FinalityCheckpoints finality() {
        return finality;
    }

    public BlockRoots blockRoots() {
        return blockRoots;
    }

    /** {@code sum(state.slashings)}: the effective balance slashed in the last {@code EPOCHS_PER_SLASHINGS_VECTOR} epochs. */
    public Gwei slashingsInWindow() {
        return Gwei.of(Arrays.stream(slashings).sum());
    }

    int checked(int index) {
        if (index < 0 || index >= balances.length) {
            throw new IndexOutOfBoundsException("validator " + index + " is not in a registry of " + balances.length);
        }
        return index;
    }
}
