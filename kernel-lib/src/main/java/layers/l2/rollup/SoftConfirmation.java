package layers.l2.rollup;

import layers.l1.execution.Receipt;
import layers.l1.execution.Tx;
import layers.l1.network.SimTime;

import java.util.Objects;

/**
 * The sequencer's promise about a transaction, before anything reaches L1: it is in L2 block {@code l2Block} at
 * {@code l2Timestamp}, with this receipt. Only a batch on L1 makes it final; until then a sequencer could break it
 * (and a forced inclusion can reorder the blocks it has not posted yet).
 */
public record SoftConfirmation(Tx tx, long l2Block, SimTime l2Timestamp, Receipt receipt, SimTime submittedAt) {

    public SoftConfirmation {
        Objects.requireNonNull(tx, "tx");
        Objects.requireNonNull(l2Timestamp, "l2Timestamp");
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /** From submission to soft confirmation. */
    public SimTime latency() {
        return l2Timestamp.minus(submittedAt);
    }
}
