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
        // BEGIN SOLUTION sequencers.detect-censorship
        List<Long> out = new ArrayList<>();
        int e = 0;
        for (int i = 0; i < delayed.size(); i++) {
            while (e < entries.size() && entries.get(e).afterDelayedMessagesRead() <= i) {
                e++;
            }
            SimTime end = e < entries.size() ? entries.get(e).postedAt() : now;
            SimTime waited = end.minus(delayed.get(i).submittedAt());
            if (threshold.isBefore(waited)) {
                out.add((long) i);
            }
        }
        return out;
        // END SOLUTION
    }
}
