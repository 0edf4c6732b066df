package layers.l2.rollup;

import layers.l1.crypto.Hash;
import layers.l1.network.SimTime;

import java.util.Objects;

/**
 * One entry of the inbox's sequence, which defines the L2 chain: a batch the batch poster posted (its bytes, as
 * calldata or blob data), or a forced inclusion of delayed messages that anyone triggered. {@code
 * afterDelayedMessagesRead} is how many delayed messages the chain has read after it. {@code accumulator} chains
 * the entry to all before it (Arbitrum's {@code sequencerInboxAccs}): a copy of L1 data with an entry changed,
 * dropped or moved no longer hashes to the inbox's accumulator.
 */
public record SequencerInboxEntry(int index, Kind kind, byte[] data, long afterDelayedMessagesRead, long l1Block,
                                  SimTime postedAt, Hash accumulator) {

    public enum Kind {
        /** Posted by the batch poster: L2 blocks with the sequencer's transactions. */
        BATCH,
        /** Triggered by anyone after the delay: one L2 block that reads delayed messages and nothing else. */
        FORCED_INCLUSION
    }

    public SequencerInboxEntry {
        Objects.requireNonNull(kind, "kind");
        data = data.clone();
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(accumulator, "accumulator");
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** This entry with other bytes: a tampered copy, for showing that the accumulator catches it. */
    public SequencerInboxEntry withData(byte[] other) {
        return new SequencerInboxEntry(index, kind, other, afterDelayedMessagesRead, l1Block, postedAt, accumulator);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SequencerInboxEntry e && e.index == index && e.kind == kind
                && java.util.Arrays.equals(e.data, data) && e.afterDelayedMessagesRead == afterDelayedMessagesRead
                && e.l1Block == l1Block && e.postedAt.equals(postedAt) && e.accumulator.equals(accumulator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, kind, java.util.Arrays.hashCode(data), afterDelayedMessagesRead, postedAt);
    }

    @Override
    public String toString() {
        return "entry " + index + " (" + kind + ", " + data.length + " bytes, L1 block " + l1Block + ")";
    }
}
