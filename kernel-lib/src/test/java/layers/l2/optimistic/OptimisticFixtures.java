package layers.l2.optimistic;

import layers.l1.crypto.Hash;
import layers.l1.execution.StateKey;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** A small rollup to dispute: six accounts and a seeded mixed batch. */
final class OptimisticFixtures {

    static final List<EthereumAddress> ACCOUNTS = TraceWorkloads.accounts(6);
    static final EthereumAddress MALLORY = ACCOUNTS.get(5);
    static final Map<StateKey, BigInteger> GENESIS = TraceWorkloads.genesis(ACCOUNTS, Wei.ether(100));
    static final TraceInput BATCH = TraceWorkloads.mixed(ACCOUNTS, 64, 7);
    static final StepContext CONTEXT = StepContext.DEFAULT;
    static final SimTime HOUR = SimTime.ofSeconds(3600);
    static final ExecutionTrace HONEST = ExecutionTrace.honest(GENESIS, BATCH, CONTEXT);

    private OptimisticFixtures() {
    }

    static ExecutionTrace faulty(TraceFault fault) {
        return ExecutionTrace.faulty(GENESIS, BATCH, CONTEXT, fault);
    }

    static Hash pre() {
        return HONEST.commitment(0);
    }

    static Hash honestEnd() {
        return HONEST.commitment(BATCH.length());
    }

    /** A game in which {@code defender} defends its trace's end and the honest trace challenges it (or vice versa). */
    static DisputeGame game(ExecutionTrace defender, ExecutionTrace challenger, int degree) {
        return DisputeGame.open(pre(), BATCH.length(), defender.commitment(BATCH.length()),
                challenger.commitment(BATCH.length()), BATCH, CONTEXT, degree, DisputeGame.DEFAULT_CLOCK,
                SimTime.ZERO);
    }
}
