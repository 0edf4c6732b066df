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
        throw new UnsupportedOperationException("exercise sequencers.force-inclusion: not written yet — see the hints above");
    }
}
