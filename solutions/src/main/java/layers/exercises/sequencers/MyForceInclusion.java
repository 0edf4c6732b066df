package layers.exercises.sequencers;

import layers.l1.network.SimTime;

import java.util.List;

/**
 * Exercise {@code sequencers.force-inclusion}: Arbitrum's force-inclusion rule. Write {@link #forceInclusionUpTo},
 * then grade it: {@code ./course grade sequencers.force-inclusion}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Check the arguments first, including that the times never go back.</li>
 *   <li>A message can be forced in when {@code !now.isBefore(submittedAt.plus(delay))}: exactly at the delay counts.</li>
 *   <li>Walk from {@code alreadyRead} while the message is old enough; stop at the first young one.</li>
 * </ol>
 */
public class MyForceInclusion implements ForceInclusion {

    @Override
    public long forceInclusionUpTo(List<SimTime> submittedAt, long alreadyRead, SimTime delay, SimTime now) {
        // BEGIN SOLUTION sequencers.force-inclusion
        if (alreadyRead < 0 || alreadyRead > submittedAt.size()) {
            throw new IllegalArgumentException("alreadyRead " + alreadyRead + " is not between 0 and "
                    + submittedAt.size());
        }
        for (int i = 1; i < submittedAt.size(); i++) {
            if (submittedAt.get(i).isBefore(submittedAt.get(i - 1))) {
                throw new IllegalArgumentException("message " + i + " arrived at " + submittedAt.get(i)
                        + ", before message " + (i - 1) + " at " + submittedAt.get(i - 1));
            }
        }
        long upTo = alreadyRead;
        while (upTo < submittedAt.size() && !now.isBefore(submittedAt.get((int) upTo).plus(delay))) {
            upTo++;
        }
        return upTo;
        // END SOLUTION
    }
}
