package layers.exercises.sequencers;

import layers.l1.network.SimTime;
import layers.l2.rollup.DelayedMessage;
import layers.l2.rollup.SequencerInboxEntry;

import java.util.List;

/** Reading the L1 inbox for signs of censorship: delayed messages that waited too long to be sequenced. */
public interface CensorshipDetector {

    /**
     * The indices, in increasing order, of the delayed messages that waited more than {@code threshold}: a message
     * is sequenced by the first entry whose {@code afterDelayedMessagesRead()} is above its index, at that entry's
     * {@code postedAt()}; it waited from its {@code submittedAt()} until then, or until {@code now} if no entry has
     * read it yet.
     *
     * @param delayed the inbox's delayed messages, in order
     * @param entries the inbox's sequence, in order
     */
    List<Long> suspects(List<DelayedMessage> delayed, List<SequencerInboxEntry> entries, SimTime now,
                        SimTime threshold);
}
