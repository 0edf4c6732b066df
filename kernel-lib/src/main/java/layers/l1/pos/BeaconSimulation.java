package layers.l1.pos;

import layers.core.Verdict;
import layers.notebook.Progress;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * A beacon chain run epoch by epoch: validators attest (or not), evidence of slashable votes is included, and the end
 * of each epoch runs the specification's epoch processing ({@link EpochProcessing}). Deterministic: the same calls
 * give the same chain.
 *
 * <pre>{@code
 * BeaconSimulation chain = BeaconSimulation.withValidators(100, Gwei.ether(32));
 * Table t = chain.run(10, v -> v < 70);   // 70% of the stake online: justified and finalized every epoch
 * }</pre>
 *
 * <p>What is simplified, compared with the consensus specification: every validator attests once per epoch with
 * the honest vote of its chain (no committees, no slots within the epoch, no head votes or fork choice); there are no
 * signatures, blocks, deposits, withdrawals, sync committees or attestation rewards; the only penalties are the
 * inactivity leak and slashing. Rules follow Bellatrix–Deneb.
 */
public final class BeaconSimulation {

    private final BeaconState state;
    private final List<EpochReport> history = new ArrayList<>();

    private BeaconSimulation(BeaconState state) {
        this.state = state;
    }

    /** {@code count} validators with {@code balance} each, active from genesis, on a chain labelled "main". */
    public static BeaconSimulation withValidators(int count, Gwei balance) {
        if (count < 1) {
            throw new IllegalArgumentException("a chain needs at least one validator, not " + count);
        }
        Gwei[] balances = new Gwei[count];
        Arrays.fill(balances, balance);
        return withBalances(balances);
    }

    /** One validator per balance, active from genesis. */
    public static BeaconSimulation withBalances(Gwei... balances) {
        return new BeaconSimulation(BeaconState.genesis(BlockRoots.chain("main"), balances));
    }

    public BeaconState state() {
        return state;
    }

    /**
     * The same state continuing on a chain of its own from the current epoch: what one side of a network partition
     * sees. The two simulations share nothing afterwards.
     */
    public BeaconSimulation fork(String chainLabel) {
        BlockRoots roots = state.blockRoots().fork(chainLabel, state.currentEpoch());
        BeaconSimulation f = new BeaconSimulation(state.copyOnto(roots));
        f.history.addAll(history);
        return f;
    }

    /** The honest vote now: from the current justified checkpoint to this epoch's checkpoint on this chain. */
    public AttestationData honestVote() {
        Epoch e = state.currentEpoch();
        Checkpoint target = new Checkpoint(e, Accessors.getBlockRoot(state, e));
        return AttestationData.link(state.finality().currentJustifiedCheckpoint(), target);
    }

    /** Includes an attestation. Source: altair, {@code process_attestation} ({@link AttestationProcessing}). */
    public Verdict attest(IndexedAttestation attestation) {
        return AttestationProcessing.processAttestation(state, attestation);
    }

    /**
     * Includes evidence of a slashable pair of votes: every validator in both attestations that can still be slashed is
     * slashed, and {@code whistleblower} is rewarded. Source: phase0, {@code process_attester_slashing}.
     */
    public Verdict slash(AttesterSlashing evidence, int whistleblower) {
        Epoch now = state.currentEpoch();
        IntPredicate slashable = i -> Accessors.isSlashableValidator(state, i, now);
        Verdict v = Slashing.checkAttesterSlashing(evidence, state.validatorCount(), slashable);
        if (v.isValid()) {
            for (int index : Slashing.slashableIndices(evidence, slashable)) {
                Mutators.slashValidator(state, index, whistleblower);
            }
        }
        return v;
    }

    /** Runs the end-of-epoch processing and moves to the next epoch. */
    public EpochReport endEpoch() {
        Epoch current = state.currentEpoch();
        Gwei total = Accessors.getTotalActiveBalance(state);
        Gwei previousTarget = stake(Accessors.getUnslashedParticipatingIndices(state, current.previous()));
        Gwei currentTarget = stake(Accessors.getUnslashedParticipatingIndices(state, current));
        FinalityCheckpoints before = state.finality();
        EpochProcessing.processEpoch(state);
        FinalityCheckpoints after = state.finality();
        Optional<FinalizationRule> rule = after.finalizedCheckpoint().equals(before.finalizedCheckpoint())
                ? Optional.empty()
                : FinalizationRule.applying(after.justificationBits(), before.previousJustifiedCheckpoint(),
                        before.currentJustifiedCheckpoint(), current);
        // the leak as process_inactivity_updates saw it: after this epoch's finalization, from the previous epoch
        boolean leak = InactivityLeak.isInInactivityLeak(
                current.previous().value() - after.finalizedCheckpoint().epoch().value());
        EpochReport report = new EpochReport(current.value(), total, previousTarget, currentTarget,
                after.currentJustifiedCheckpoint().epoch().value(), after.finalizedCheckpoint().epoch().value(), rule, leak);
        history.add(report);
        return report;
    }

    /** The effective balance of {@code indices}, without {@code get_total_balance}'s floor of one increment. */
    private Gwei stake(int[] indices) {
        Gwei sum = Gwei.ZERO;
        for (int i : indices) {
            sum = sum.plus(state.effectiveBalance(i));
        }
        return sum;
    }

    /** The active validators that {@code online} accepts cast the honest vote together; then the epoch ends. */
    public EpochReport runEpoch(IntPredicate online) {
        Epoch now = state.currentEpoch();
        List<Integer> voters = IntStream.range(0, state.validatorCount())
                .filter(i -> online.test(i) && Accessors.isActiveValidator(state, i, now)).boxed().toList();
        if (!voters.isEmpty()) {
            Verdict v = attest(new IndexedAttestation(voters, honestVote()));
            if (!v.isValid()) {
                throw new IllegalStateException("the honest vote was rejected: " + v);
            }
        }
        return endEpoch();
    }

    /** {@code epochs} epochs with the same validators online; the history so far as a table. */
    public Table run(int epochs, IntPredicate online) {
        return run(epochs, online, Progress.silent("epochs", epochs));
    }

    /** {@link #run(int, IntPredicate)}, reporting each epoch to {@code progress}. */
    public Table run(int epochs, IntPredicate online, Progress progress) {
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be 0 or more, was " + epochs);
        }
        for (int e = 0; e < epochs; e++) {
            runEpoch(online);
            progress.step();
        }
        progress.done();
        return table();
    }

    public List<EpochReport> history() {
        return Collections.unmodifiableList(history);
    }

    /**
     * One row per processed epoch: {@code epoch}, {@code participation} (share of active stake that voted for the
     * target), {@code activeEth}, {@code justified}, {@code finalized}, {@code rule} and {@code leak}.
     */
    public Table table() {
        LongColumn epoch = LongColumn.create("epoch");
        DoubleColumn participation = DoubleColumn.create("participation");
        DoubleColumn active = DoubleColumn.create("activeEth");
        LongColumn justified = LongColumn.create("justified");
        LongColumn finalized = LongColumn.create("finalized");
        StringColumn rule = StringColumn.create("rule");
        BooleanColumn leak = BooleanColumn.create("leak");
        for (EpochReport r : history) {
            epoch.append(r.epoch());
            participation.append(r.participation());
            active.append(r.totalActiveBalance().toEther());
            justified.append(r.justifiedEpoch());
            finalized.append(r.finalizedEpoch());
            rule.append(r.finalizationRule().map(Enum::name).orElse(""));
            leak.append(r.inactivityLeak());
        }
        return Table.create("beacon chain " + state.blockRoots().label(), epoch, participation, active, justified,
                finalized, rule, leak);
    }
}
