package layers.exercises.sequencers;

import layers.l1.network.SimTime;
import layers.l2.rollup.DelayedMessage;
import layers.l2.rollup.SequencerInboxEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * Exercise {@code sequencers.detect-censorship}: find the delayed messages that waited too long. Write
 * {@link #suspects}, then grade it: {@code ./course grade sequencers.detect-censorship}.
 *
 * <p>Hints:
 * <ol>
 *   <li>For message {@code i}, look for the first entry {@code e} with {@code e.afterDelayedMessagesRead() > i}.</li>
 *   <li>Its wait ends at {@code e.postedAt()}, or at {@code now} if there is no such entry.</li>
 *   <li>A suspect waited strictly more than the threshold: {@code threshold.isBefore(end.minus(submittedAt))}.</li>
 * </ol>
 */
public class MyCensorshipDetector implements CensorshipDetector {

    @Override
    public List<Long> suspects(List<DelayedMessage> delayed, List<SequencerInboxEntry> entries, SimTime now,
                               SimTime threshold) {
        throw new UnsupportedOperationException("exercise sequencers.detect-censorship: not written yet — see the hints above");
    }
}
