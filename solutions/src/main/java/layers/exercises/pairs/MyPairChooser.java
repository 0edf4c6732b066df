package layers.exercises.pairs;

import java.util.ArrayList;
import java.util.List;
import layers.l2.pairs.PairOutcome;

/**
 * Exercise {@code pairs.meets-requirements}: the systems that meet a fee, a latency and a settlement bound. Write
 * {@link #meeting}, then grade it: {@code ./course grade pairs.meets-requirements}.
 *
 * <p>Hints:
 * <ol>
 *   <li>At most includes the bound itself.</li>
 *   <li>Keep the options' order; return an empty list when none qualifies.</li>
 * </ol>
 */
public class MyPairChooser implements PairChooser {

    @Override
    public List<String> meeting(List<PairOutcome> options, double maxFeeUsd, double maxSoftSeconds,
                                double maxSettledSeconds) {
        // BEGIN SOLUTION pairs.meets-requirements
        if (options == null) {
            throw new IllegalArgumentException("the options must be given");
        }
        if (maxFeeUsd < 0 || maxSoftSeconds < 0 || maxSettledSeconds < 0) {
            throw new IllegalArgumentException("limits are 0 or more: fee " + maxFeeUsd + ", soft " + maxSoftSeconds
                    + " s, settled " + maxSettledSeconds + " s");
        }
        List<String> out = new ArrayList<>();
        for (PairOutcome o : options) {
            if (o.l2FeeUsd() <= maxFeeUsd && o.softSeconds() <= maxSoftSeconds
                    && o.l1FinalSeconds() <= maxSettledSeconds) {
                out.add(o.pair());
            }
        }
        return out;
        // END SOLUTION
    }
}
