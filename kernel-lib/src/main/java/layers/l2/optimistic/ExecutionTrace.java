package layers.l2.optimistic;

import layers.l1.crypto.Hash;
import layers.l1.execution.StateKey;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A batch executed step by step ({@link TraceStep}) from a pre-state, as a proposer or a watcher runs it, with the
 * state commitment ({@link SparseStateTree} root) after any step available on demand. It keeps a copy of the state
 * only every {@code checkpointInterval} steps and re-executes from the nearest checkpoint when asked about a step in
 * between, so a trace of 2^20 steps costs 2^20 / interval states of memory, not 2^20, and a bisection asks for only
 * about log2(steps) commitments. With a {@link TraceFault} it is the trace a dishonest proposer would defend.
 */
public final class ExecutionTrace {

    private final TraceInput input;
    private final StepContext context;
    private final int checkpointInterval;
    private final TraceFault fault;
    private final List<TreeMap<StateKey, BigInteger>> checkpoints = new ArrayList<>();
    private final TreeMap<StateKey, BigInteger> finalState;
    private final Map<Long, Hash> commitments = new HashMap<>();
    private long stepsExecuted;
    private long commitmentsComputed;

    private ExecutionTrace(Map<StateKey, BigInteger> preState, TraceInput input, StepContext context,
                           int checkpointInterval, TraceFault fault) {
        this.input = Objects.requireNonNull(input, "input");
        this.context = Objects.requireNonNull(context, "context");
        if (checkpointInterval < 1) {
            throw new IllegalArgumentException("the checkpoint interval is at least 1 step, not " + checkpointInterval);
        }
        this.checkpointInterval = checkpointInterval;
        this.fault = fault;
        if (fault != null && (fault.step() < 0 || fault.step() >= input.length())) {
            throw new IllegalArgumentException("the fault is at step " + fault.step() + ", outside the batch's 0.."
                    + (input.length() - 1));
        }
        if (fault instanceof TraceFault.WrongFinalRoot && fault.step() != input.length() - 1) {
            throw new IllegalArgumentException("a wrong final root is a fault of the last step, "
                    + (input.length() - 1) + ", not " + fault.step());
        }
        TreeMap<StateKey, BigInteger> state = new TreeMap<>();
        preState.forEach((k, v) -> {
            if (v.signum() != 0) {
                state.put(k, v);
            }
        });
        for (long i = 0; i < input.length(); i++) {
            if (i % checkpointInterval == 0) {
                checkpoints.add(new TreeMap<>(state));
            }
            execute(i, state);
        }
        this.finalState = state;
    }

    /** The true trace of {@code input} from {@code preState}, checkpointed about every sqrt(length) steps. */
    public static ExecutionTrace honest(Map<StateKey, BigInteger> preState, TraceInput input, StepContext context) {
        return new ExecutionTrace(preState, input, context, defaultInterval(input.length()), null);
    }

    /** The trace a proposer who commits {@code fault} would defend. */
    public static ExecutionTrace faulty(Map<StateKey, BigInteger> preState, TraceInput input, StepContext context,
                                        TraceFault fault) {
        return new ExecutionTrace(preState, input, context, defaultInterval(input.length()),
                Objects.requireNonNull(fault, "fault"));
    }

    /** A trace with a chosen checkpoint interval, honest when {@code fault} is empty. */
    public static ExecutionTrace of(Map<StateKey, BigInteger> preState, TraceInput input, StepContext context,
                                    int checkpointInterval, Optional<TraceFault> fault) {
        return new ExecutionTrace(preState, input, context, checkpointInterval, fault.orElse(null));
    }

    private static int defaultInterval(long length) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (long) Math.sqrt((double) length)));
    }

    private void execute(long step, Map<StateKey, BigInteger> state) {
        stepsExecuted++;
        boolean faultHere = fault != null && fault.step() == step;
        if (!(faultHere && fault.skipsStep())) {
            StepResult r = TraceStep.run(step, input.entry(step), context,
                    k -> state.getOrDefault(k, BigInteger.ZERO));
            r.after().forEach((k, v) -> {
                if (v.signum() == 0) {
                    state.remove(k);
                } else {
                    state.put(k, v);
                }
            });
        }
        if (faultHere) {
            fault.corrupt(state);
        }
    }

    /** How many steps the trace has: commitments exist for 0 (the pre-state) to {@code length()}. */
    public long length() {
        return input.length();
    }

    public TraceInput input() {
        return input;
    }

    public StepContext context() {
        return context;
    }

    /** The fault this trace commits, if any. */
    public Optional<TraceFault> fault() {
        return Optional.ofNullable(fault);
    }

    /** The state after {@code step} steps (0: the pre-state), re-executed from the nearest checkpoint. */
    public TreeMap<StateKey, BigInteger> stateAt(long step) {
        checkStep(step);
        if (step == length()) {
            return new TreeMap<>(finalState);
        }
        int cp = (int) (step / checkpointInterval);
        TreeMap<StateKey, BigInteger> state = new TreeMap<>(checkpoints.get(cp));
        for (long i = (long) cp * checkpointInterval; i < step; i++) {
            execute(i, state);
        }
        return state;
    }

    /** The commitment after {@code step} steps: what this trace's owner claims in a bisection. */
    public Hash commitment(long step) {
        checkStep(step);
        return commitments.computeIfAbsent(step, s -> {
            commitmentsComputed++;
            Hash root = SparseStateTree.rootOf(stateAt(s));
            return s == length() && fault != null ? fault.finalCommitment(root) : root;
        });
    }

    /** The commitments at these steps, in order. */
    public List<Hash> commitments(List<Long> steps) {
        List<Hash> out = new ArrayList<>(steps.size());
        for (long s : steps) {
            out.add(commitment(s));
        }
        return out;
    }

    /**
     * The one-step proof of step {@code step}: every entry the step touches, with its value before the step and its
     * path in the state tree after {@code step} steps; for a deposit step, the deposit as the batch's input holds it.
     */
    public OneStepProof oneStepProof(long step) {
        if (step < 0 || step >= length()) {
            throw new IllegalArgumentException("step " + step + " is outside the batch's 0.." + (length() - 1));
        }
        TreeMap<StateKey, BigInteger> state = stateAt(step);
        TraceEntry entry = input.entry(step);
        SparseStateTree tree = SparseStateTree.of(state);
        List<SparseProof> proofs = new ArrayList<>();
        for (StateKey k : StepAccessList.of(entry, context, key -> state.getOrDefault(key, BigInteger.ZERO))) {
            proofs.add(tree.prove(k, state.getOrDefault(k, BigInteger.ZERO)));
        }
        return new OneStepProof(step, proofs, entry instanceof TraceEntry.DepositCredit d
                ? Optional.of(d.deposit()) : Optional.empty());
    }

    /** How many checkpoints (full copies of the state) the trace keeps. */
    public int checkpointCount() {
        return checkpoints.size();
    }

    public int checkpointInterval() {
        return checkpointInterval;
    }

    /** Steps executed so far: the first full run plus every re-execution from a checkpoint. */
    public long stepsExecuted() {
        return stepsExecuted;
    }

    /** Commitments computed so far (each at most once): what a dispute asked of this trace. */
    public long commitmentsComputed() {
        return commitmentsComputed;
    }

    private void checkStep(long step) {
        if (step < 0 || step > length()) {
            throw new IllegalArgumentException("step " + step + " is outside the trace's commitments 0.." + length());
        }
    }

    @Override
    public String toString() {
        return "ExecutionTrace(" + length() + " steps, " + checkpointCount() + " checkpoints"
                + (fault == null ? "" : ", fault " + fault) + ")";
    }
}
