package layers.l2.rollup;

import layers.l1.execution.Tx;
import layers.l1.network.SimTime;

import java.util.List;
import java.util.Objects;

/**
 * An L2 block as a batch carries it: its number, its timestamp, how many delayed messages (deposits, forced
 * transactions) the chain has read once this block is applied (Arbitrum's {@code afterDelayedMessagesRead}; the
 * newly read ones run first, deposits before transactions), and the sequencer's transactions in order.
 */
public record RollupBlock(long number, SimTime timestamp, long delayedMessagesRead, List<Tx> transactions) {

    public RollupBlock {
        if (number < 1) {
            throw new IllegalArgumentException("L2 block numbers start at 1 (0 is genesis), was " + number);
        }
        Objects.requireNonNull(timestamp, "timestamp");
        if (delayedMessagesRead < 0) {
            throw new IllegalArgumentException("delayedMessagesRead cannot be negative: " + delayedMessagesRead);
        }
        transactions = List.copyOf(transactions);
    }
}
