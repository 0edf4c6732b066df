package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.execution.BlockOutcome;
import layers.l1.execution.ExecutionState;
import layers.l1.execution.StateKey;
import layers.l1.execution.Tx;
import layers.l2.rollup.MessagePasser;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One step of the rollup's execution trace, defined precisely: step {@code i} runs transaction {@code i} of the
 * batch as a one-transaction block of the Part III execution layer ({@link ExecutionState#apply}) with the batch's
 * {@link StepContext}. A transaction the block would reject (wrong nonce, fee cap below the base fee, too little
 * ether for the gas) is dropped: the step leaves the state as it was. A successful
 * withdrawal (an ether transfer to the message passer) also records its message in the state, as the L2 chain does
 * ({@link MessagePasser#initiateWithdrawal}). A deposit step credits the recipient with the amount, as
 * {@link layers.l2.rollup.RollupChain#apply} credits a deposit it reads ({@link ExecutionState#credit}). The same code runs for the proposer, for every
 * watcher, and in the L1 one-step verifier, which is what makes the verifier's answer the rollup's answer.
 */
public final class TraceStep {

    private TraceStep() {
    }

    /** Runs {@code entry} as step {@code step}: a transaction, or a deposit credited to its recipient. */
    public static StepResult run(long step, TraceEntry entry, StepContext context,
                                 Function<StateKey, BigInteger> read) {
        if (entry instanceof TraceEntry.DepositCredit d) {
            StateKey balance = StateKey.of(d.deposit().to(), StateKey.Field.BALANCE);
            return new StepResult(Verdict.valid(), Optional.empty(),
                    Map.of(balance, read.apply(balance).add(d.deposit().amount().value())));
        }
        return run(step, ((TraceEntry.Transaction) entry).tx(), context, read);
    }

    /**
     * Runs {@code tx} as step {@code step} over a state read through {@code read}, using only the entries of its
     * {@link StepAccessList}.
     */
    public static StepResult run(long step, Tx tx, StepContext context, Function<StateKey, BigInteger> read) {
        Set<StateKey> keys = StepAccessList.of(tx, context, read);
        Map<StateKey, BigInteger> before = new LinkedHashMap<>();
        for (StateKey k : keys) {
            before.put(k, read.apply(k));
        }
        ExecutionState partial = ExecutionState.of(before);
        BlockOutcome outcome = partial.apply(context.blockFor(step, tx));
        if (!outcome.isValid()) {
            return new StepResult(outcome.verdict(), Optional.empty(), before);
        }
        Map<StateKey, BigInteger> after = new LinkedHashMap<>();
        for (StateKey k : keys) {
            after.put(k, partial.get(k));
        }
        if (outcome.receipts().get(0).isSuccess() && MessagePasser.isWithdrawal(tx)) {
            after.putAll(MessagePasser.initiateWithdrawal(tx, read));
        }
        return new StepResult(outcome.verdict(), Optional.of(outcome.receipts().get(0)), after);
    }
}
