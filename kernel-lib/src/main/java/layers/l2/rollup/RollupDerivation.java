package layers.l2.rollup;

import layers.core.Verdict;
import layers.l1.network.SimTime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns inbox entries into L2 blocks, the way every L2 node derives the chain from L1: a batch's blocks must decode,
 * continue the chain (next number, timestamps not going back and not after the batch reached L1) and read delayed
 * messages forwards, ending where the entry says; a forced inclusion is one block, at the time it was forced, that
 * reads the delayed messages and nothing else. An entry that breaks a rule changes nothing and gets a verdict
 * ({@link #apply}), or is skipped with its delayed messages still read ({@link #applyOrSkip}, what nodes do with
 * data L1 has accepted).
 */
public final class RollupDerivation {

    private final TxListCodec codec;

    public RollupDerivation(TxListCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /**
     * Applies {@code entry} to {@code chain}, reading from {@code delayed} (all delayed messages, in order). The
     * results of its blocks go to {@code results} if it is valid.
     */
    public Verdict apply(RollupChain chain, SequencerInboxEntry entry, List<DelayedMessage> delayed,
                         List<RollupBlockResult> results) {
        if (entry.afterDelayedMessagesRead() > delayed.size()) {
            return Verdict.rejected(DerivationRule.DELAYED_MESSAGES_OUT_OF_RANGE, entry + " reads "
                    + entry.afterDelayedMessagesRead() + " delayed messages, L1 holds " + delayed.size());
        }
        if (entry.afterDelayedMessagesRead() < chain.delayedMessagesRead()) {
            return Verdict.rejected(DerivationRule.DELAYED_MESSAGES_OUT_OF_RANGE, entry + " reads up to "
                    + entry.afterDelayedMessagesRead() + " delayed messages, the chain has read "
                    + chain.delayedMessagesRead());
        }
        if (entry.kind() == SequencerInboxEntry.Kind.FORCED_INCLUSION) {
            SimTime t = entry.postedAt().isBefore(chain.timestamp()) ? chain.timestamp() : entry.postedAt();
            results.add(chain.apply(chain.height() + 1, t, slice(delayed, chain.delayedMessagesRead(),
                    entry.afterDelayedMessagesRead()), List.of()));
            return Verdict.valid();
        }
        List<RollupBlock> blocks;
        try {
            blocks = RollupBatch.decode(entry.data(), codec);
        } catch (IllegalArgumentException e) {
            return Verdict.rejected(DerivationRule.MALFORMED_BATCH, entry + ": " + e.getMessage());
        }
        Verdict v = checkBlocks(chain, entry, blocks);
        if (!v.isValid()) {
            return v;
        }
        long read = chain.delayedMessagesRead();
        for (RollupBlock b : blocks) {
            results.add(chain.apply(b.number(), b.timestamp(), slice(delayed, read, b.delayedMessagesRead()),
                    b.transactions()));
            read = b.delayedMessagesRead();
        }
        return Verdict.valid();
    }

    /**
     * As {@link #apply}, but a batch that breaks a rule is skipped instead of stopping the chain, as rollup nodes
     * drop invalid batches: the chain still reads the delayed messages the inbox says the entry read (the inbox
     * enforced that count), in one block at the entry's L1 time with no transactions, so a batch poster that posts
     * garbage cannot hold deposits back. The rejection is returned; the chain has moved on either way.
     */
    public Verdict applyOrSkip(RollupChain chain, SequencerInboxEntry entry, List<DelayedMessage> delayed,
                               List<RollupBlockResult> results) {
        Verdict v = apply(chain, entry, delayed, results);
        if (v.isValid() || entry.afterDelayedMessagesRead() > delayed.size()
                || entry.afterDelayedMessagesRead() <= chain.delayedMessagesRead()) {
            return v;
        }
        SimTime t = entry.postedAt().isBefore(chain.timestamp()) ? chain.timestamp() : entry.postedAt();
        results.add(chain.apply(chain.height() + 1, t, slice(delayed, chain.delayedMessagesRead(),
                entry.afterDelayedMessagesRead()), List.of()));
        return v;
    }

    /** The chain rules for a batch's blocks, checked before anything runs. */
    static Verdict checkBlocks(RollupChain chain, SequencerInboxEntry entry, List<RollupBlock> blocks) {
        long number = chain.height();
        SimTime time = chain.timestamp();
        long read = chain.delayedMessagesRead();
        for (RollupBlock b : blocks) {
            if (b.number() != number + 1) {
                return Verdict.rejected(DerivationRule.BLOCK_NUMBER_GAP, entry + " holds block " + b.number()
                        + " where block " + (number + 1) + " should come");
            }
            if (b.timestamp().isBefore(time)) {
                return Verdict.rejected(DerivationRule.TIMESTAMP_BEFORE_PARENT, entry + ": block " + b.number()
                        + " at " + b.timestamp() + ", its parent at " + time);
            }
            if (entry.postedAt().isBefore(b.timestamp())) {
                return Verdict.rejected(DerivationRule.TIMESTAMP_AFTER_POSTING, entry + ": block " + b.number()
                        + " at " + b.timestamp() + " but the batch reached L1 at " + entry.postedAt());
            }
            if (b.delayedMessagesRead() < read || b.delayedMessagesRead() > entry.afterDelayedMessagesRead()) {
                return Verdict.rejected(DerivationRule.DELAYED_MESSAGES_OUT_OF_RANGE, entry + ": block " + b.number()
                        + " has read " + b.delayedMessagesRead() + " delayed messages; it must be from " + read
                        + " to " + entry.afterDelayedMessagesRead());
            }
            number = b.number();
            time = b.timestamp();
            read = b.delayedMessagesRead();
        }
        if (read != entry.afterDelayedMessagesRead()) {
            return Verdict.rejected(DerivationRule.DELAYED_MESSAGES_OUT_OF_RANGE, entry + " says the chain has read "
                    + entry.afterDelayedMessagesRead() + " delayed messages after it, its blocks read " + read);
        }
        return Verdict.valid();
    }

    private static List<DelayedMessage> slice(List<DelayedMessage> delayed, long from, long to) {
        return new ArrayList<>(delayed.subList((int) from, (int) to));
    }
}
