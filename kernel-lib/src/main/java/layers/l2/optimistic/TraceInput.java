package layers.l2.optimistic;

import layers.l1.execution.Tx;

import java.util.List;
import java.util.function.LongFunction;

/**
 * The steps of a batch, in order: the data a rollup posts to L1, from which anyone can replay the trace.
 * Step {@code i} runs {@code entry(i)}: a transaction ({@code tx(i)}) or, for a rollup's batch, a deposit the batch
 * reads from the delayed inbox ({@link #ofEntries}). A batch can be a list, or a rule that makes transaction {@code i} on demand, so
 * that a trace of 2^20 steps needs no list of 2^20 transactions in memory.
 */
public interface TraceInput {

    /** How many steps (transactions) the batch has. */
    long length();

    /**
     * Transaction {@code step}, 0 to {@code length() - 1}.
     *
     * @throws IllegalArgumentException if step {@code step} is a deposit
     */
    Tx tx(long step);

    /** What step {@code step} runs: by default transaction {@code step}. */
    default TraceEntry entry(long step) {
        return new TraceEntry.Transaction(tx(step));
    }

    /** A batch of these steps, transactions and deposits in the order they run. */
    static TraceInput ofEntries(List<TraceEntry> entries) {
        List<TraceEntry> copy = List.copyOf(entries);
        return new TraceInput() {
            @Override
            public long length() {
                return copy.size();
            }

            @Override
            public TraceEntry entry(long step) {
                if (step < 0 || step >= copy.size()) {
                    throw new IllegalArgumentException("step " + step + " is outside the batch's 0.." + (copy.size() - 1));
                }
                return copy.get((int) step);
            }

            @Override
            public Tx tx(long step) {
                if (entry(step) instanceof TraceEntry.Transaction t) {
                    return t.tx();
                }
                throw new IllegalArgumentException("step " + step + " is a deposit, not a transaction: " + entry(step));
            }
        };
    }

    /** A batch of these transactions. */
    static TraceInput of(List<Tx> txs) {
        List<Tx> copy = List.copyOf(txs);
        return new TraceInput() {
            @Override
            public long length() {
                return copy.size();
            }

            @Override
            public Tx tx(long step) {
                if (step < 0 || step >= copy.size()) {
                    throw new IllegalArgumentException("step " + step + " is outside the batch's 0.." + (copy.size() - 1));
                }
                return copy.get((int) step);
            }
        };
    }

    /** A batch of {@code length} transactions, transaction {@code i} made by {@code rule}. */
    static TraceInput generated(long length, LongFunction<Tx> rule) {
        if (length < 1) {
            throw new IllegalArgumentException("a batch has at least one transaction, not " + length);
        }
        return new TraceInput() {
            @Override
            public long length() {
                return length;
            }

            @Override
            public Tx tx(long step) {
                if (step < 0 || step >= length) {
                    throw new IllegalArgumentException("step " + step + " is outside the batch's 0.." + (length - 1));
                }
                return rule.apply(step);
            }
        };
    }
}
