package layers.l2.optimistic;

import layers.l1.execution.Tx;
import layers.l2.rollup.DelayedMessage;

import java.util.Objects;

/**
 * What one step of a batch runs: a transaction, or a deposit read from the rollup's delayed inbox. A rollup disputes
 * both, as OP Stack derives deposit transactions into every L2 block and Arbitrum sequences delayed-inbox messages into
 * its input; a deposit step credits the recipient exactly as {@link layers.l2.rollup.RollupChain} does.
 */
public sealed interface TraceEntry {

    /** A transaction of the batch (or a forced transaction read from the delayed inbox). */
    record Transaction(Tx tx) implements TraceEntry {
        public Transaction {
            Objects.requireNonNull(tx, "tx");
        }
    }

    /** A deposit as the inbox on L1 recorded it: credit {@code deposit.to()} with {@code deposit.amount()}. */
    record DepositCredit(DelayedMessage.Deposit deposit) implements TraceEntry {
        public DepositCredit {
            Objects.requireNonNull(deposit, "deposit");
        }

        @Override
        public String toString() {
            return "deposit " + deposit.index() + ": " + deposit.amount().toEtherString() + " to "
                    + deposit.to().toHex();
        }
    }
}
