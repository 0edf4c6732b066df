package layers.l2.rollup;

import layers.l1.crypto.Hash;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything about the rollup that L1 holds, as a node reading L1 sees it: the sequence of inbox entries (batch
 * bytes and forced inclusions), the delayed messages, the state commitments, and the inbox's two accumulators
 * (small values in the contract's storage, so a reader can check the bulky data against them). The exit hatch
 * needs nothing else.
 */
public record L1PostedData(List<SequencerInboxEntry> entries, List<DelayedMessage> delayedMessages,
                           List<StateCommitment> commitments, Hash sequencerAccumulator, Hash delayedAccumulator) {

    public L1PostedData {
        entries = List.copyOf(entries);
        delayedMessages = List.copyOf(delayedMessages);
        commitments = List.copyOf(commitments);
        Objects.requireNonNull(sequencerAccumulator, "sequencerAccumulator");
        Objects.requireNonNull(delayedAccumulator, "delayedAccumulator");
    }

    /**
     * What L1 held once its first {@code n} entries were in: those entries, with the sequencer accumulator as it was
     * after entry {@code n - 1} (the delayed messages stay whole).
     */
    public L1PostedData firstEntries(int n) {
        if (n < 0 || n > entries.size()) {
            throw new IllegalArgumentException("cannot take the first " + n + " of " + entries.size() + " entries");
        }
        return new L1PostedData(entries.subList(0, n), delayedMessages, List.of(),
                n == 0 ? Hash.ZERO : entries.get(n - 1).accumulator(), delayedAccumulator);
    }

    /** A copy with entry {@code index}'s byte {@code offset} flipped (all bits): tampered data. */
    public L1PostedData withFlippedByte(int index, int offset) {
        List<SequencerInboxEntry> es = new ArrayList<>(entries);
        byte[] data = es.get(index).data();
        if (offset < 0 || offset >= data.length) {
            throw new IllegalArgumentException("entry " + index + " has " + data.length + " bytes, no byte " + offset);
        }
        data[offset] ^= (byte) 0xFF;
        es.set(index, es.get(index).withData(data));
        return withEntries(es);
    }

    /** A copy without entry {@code index}. */
    public L1PostedData withoutEntry(int index) {
        List<SequencerInboxEntry> es = new ArrayList<>(entries);
        es.remove(index);
        return withEntries(es);
    }

    /** A copy with entries {@code i} and {@code j} swapped. */
    public L1PostedData withEntriesSwapped(int i, int j) {
        List<SequencerInboxEntry> es = new ArrayList<>(entries);
        SequencerInboxEntry a = es.get(i);
        es.set(i, es.get(j));
        es.set(j, a);
        return withEntries(es);
    }

    /** A copy with other entries and the same accumulators. */
    public L1PostedData withEntries(List<SequencerInboxEntry> other) {
        return new L1PostedData(other, delayedMessages, commitments, sequencerAccumulator, delayedAccumulator);
    }

    /** How many bytes of batch data L1 holds. */
    public long batchBytes() {
        return entries.stream().mapToLong(e -> e.data().length).sum();
    }
}
