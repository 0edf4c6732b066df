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
        throw new UnsupportedOperationException("exercise pairs.meets-requirements: not written yet — see the hints above");
    }
}
