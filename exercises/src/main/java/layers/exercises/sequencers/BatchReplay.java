package layers.exercises.sequencers;

import layers.l2.rollup.DelayedMessage;
import layers.l2.rollup.RollupChain;
import layers.l2.rollup.SequencerInboxEntry;
import layers.l2.rollup.TxListCodec;

import java.util.List;

/** The exit hatch's core: the L2 chain rebuilt from what L1 holds, with no help from the sequencer. */
public interface BatchReplay {

    /**
     * The chain after applying every entry, in order, to {@code RollupChain.genesis()}. A {@code BATCH} entry holds
     * blocks ({@code RollupBatch.decode(entry.data(), codec)}); each block is applied with the delayed messages it
     * newly reads (from what the chain has read up to the block's {@code delayedMessagesRead()}) and its
     * transactions. A {@code FORCED_INCLUSION} entry is one block, the next number, at the entry's {@code postedAt()}
     * (or the chain's last timestamp if that is later), reading the delayed messages up to the entry's
     * {@code afterDelayedMessagesRead()}, with no transactions.
     *
     * @throws IllegalArgumentException naming the entry if a batch does not decode
     */
    RollupChain replay(List<SequencerInboxEntry> entries, List<DelayedMessage> delayed, TxListCodec codec);
}
