package layers.l2.optimistic;

import layers.l1.execution.BlockOutcome;
import layers.l1.execution.ExecutionState;
import layers.l1.execution.StateKey;
import layers.l1.execution.Tx;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;
import layers.l2.rollup.DelayedMessage;
import layers.l2.rollup.RollupChain;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static layers.l2.optimistic.OptimisticFixtures.ACCOUNTS;
import static layers.l2.optimistic.OptimisticFixtures.GENESIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceStepTest {

    /** Each step run on just its access list gives the state the whole execution layer gives. */
    private static void sameAsFullExecution(TraceInput batch, StepContext context, int interval) {
        ExecutionTrace trace = ExecutionTrace.of(GENESIS, batch, context, interval, Optional.empty());
        ExecutionState full = ExecutionState.of(GENESIS);
        int kinds = 0;
        for (long i = 0; i < batch.length(); i++) {
            BlockOutcome out = full.apply(context.blockFor(i, batch.tx(i)));
            if (out.isValid()) {
                kinds++;
            }
            assertEquals(full.stateRoot(), ExecutionState.of(trace.stateAt(i + 1)).stateRoot(),
                    "state after step " + i + " (" + batch.tx(i).action() + ")");
        }
        assertTrue(kinds < batch.length(), "the workload has dropped transactions too");
    }

    @Test
    void aStepOnItsAccessListEqualsTheWholeExecutionLayer() {
        sameAsFullExecution(TraceWorkloads.mixed(ACCOUNTS, 300, 11), StepContext.DEFAULT, 17);
    }

    @Test
    void withFeesTheSequencerEarnsTipsAndUnderpricedTransactionsAreDropped() {
        EthereumAddress sequencer = TraceWorkloads.accounts(9).get(8);
        StepContext context = new StepContext(sequencer, Wei.gwei(2), Gas.millions(30));
        TraceInput mixed = TraceWorkloads.mixed(ACCOUNTS, 200, 12);
        List<Tx> paying = new ArrayList<>();
        for (long i = 0; i < mixed.length(); i++) {
            Tx tx = mixed.tx(i);
            paying.add(i % 25 == 24 ? tx : tx.withFees(Wei.gwei(5), Wei.gwei(1))); // every 25th pays nothing
        }
        TraceInput batch = TraceInput.of(paying);
        sameAsFullExecution(batch, context, 8);
        ExecutionTrace trace = ExecutionTrace.honest(GENESIS, batch, context);
        assertTrue(ExecutionState.of(trace.stateAt(batch.length())).balance(sequencer).isGreaterThan(Wei.ZERO),
                "the sequencer earned tips");
    }

    @Test
    void aDroppedTransactionLeavesTheStateAsItWas() {
        Tx wrongNonce = Tx.of(ACCOUNTS.get(1), 9, new layers.l1.execution.Action.Transfer(ACCOUNTS.get(2),
                Wei.ether(1)));
        StepResult r = TraceStep.run(0, wrongNonce, StepContext.DEFAULT,
                k -> GENESIS.getOrDefault(k, BigInteger.ZERO));
        assertTrue(r.validity().isRejectedFor(layers.l1.execution.ExecutionRule.NONCE_MISMATCH), r.validity().toString());
        assertTrue(r.receipt().isEmpty());
        r.after().forEach((k, v) -> assertEquals(GENESIS.getOrDefault(k, BigInteger.ZERO), v, k.toString()));
    }

    @Test
    void checkpointsBoundMemoryAndReExecutionGivesTheSameCommitments() {
        TraceInput batch = TraceWorkloads.transfers(ACCOUNTS, 1000, 3);
        ExecutionTrace every = ExecutionTrace.of(GENESIS, batch, StepContext.DEFAULT, 1, Optional.empty());
        ExecutionTrace sparse = ExecutionTrace.of(GENESIS, batch, StepContext.DEFAULT, 64, Optional.empty());
        assertEquals(1000, every.checkpointCount());
        assertEquals(16, sparse.checkpointCount());
        for (long s : new long[] {0, 1, 63, 64, 65, 500, 999, 1000}) {
            assertEquals(every.commitment(s), sparse.commitment(s), "commitment after step " + s);
        }
    }

    @Test
    void aVerifierStateHoldsExactlyTheGivenEntries() {
        var key = StateKey.of(ACCOUNTS.get(0), StateKey.Field.NONCE);
        var s = ExecutionState.of(Map.of(key, BigInteger.TWO,
                StateKey.of(ACCOUNTS.get(1), StateKey.Field.NONCE),
                BigInteger.ZERO));
        assertEquals(1, s.size(), "a zero value is absent");
        assertEquals(2, s.nonce(ACCOUNTS.get(0)));
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ExecutionState.of(Map.of(key, BigInteger.valueOf(-1))));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void aDepositStepCreditsTheRecipientAsTheRollupChainDoes() {
        EthereumAddress from = ACCOUNTS.get(0);
        EthereumAddress to = ACCOUNTS.get(1);
        DelayedMessage.Deposit d = new DelayedMessage.Deposit(0, from, to,
                Wei.ether(3), 1, SimTime.ofSeconds(12));
        RollupChain chain = OptimisticRollup.genesisChain();
        chain.apply(1, SimTime.ofSeconds(14), List.of(d), List.of());

        TraceInput steps = TraceInput.ofEntries(List.of(new TraceEntry.DepositCredit(d)));
        ExecutionTrace trace = ExecutionTrace.honest(Map.of(), steps, OptimisticRollup.L2_STEP_CONTEXT);
        assertEquals(chain.state().entryMap(), trace.stateAt(1), "the same entries, the same values");
        assertEquals(chain.stateRoot(), trace.commitment(1));
        StepResult r = TraceStep.run(0, steps.entry(0), OptimisticRollup.L2_STEP_CONTEXT,
                k -> BigInteger.ZERO);
        assertTrue(r.validity().isValid() && r.receipt().isEmpty(), r.toString());
        assertEquals(Set.of(StateKey.of(to, StateKey.Field.BALANCE)),
                StepAccessList.of(steps.entry(0), OptimisticRollup.L2_STEP_CONTEXT, k -> BigInteger.ZERO));
    }
}
