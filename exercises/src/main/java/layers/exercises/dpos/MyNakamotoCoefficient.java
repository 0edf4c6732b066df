package layers.exercises.dpos;

import java.util.Arrays;

/**
 * Exercise {@code dpos.nakamoto}: the fewest holders who together control more than a share of the votes.
 * Write {@link #nakamoto}, then grade it: {@code ./course grade dpos.nakamoto}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Check the share and every weight first. Sort a copy, {@code weights.clone()}, never the caller's array;
 *       {@code Arrays.sort} sorts ascending, so walk the copy from its end to take the largest first.</li>
 *   <li>"More than {@code numerator/denominator} of the total" without division:
 *       {@code sum * denominator > total * numerator}. Division, in integers or in {@code double}, rounds, and the
 *       answer changes exactly where a sum is equal to the share.</li>
 *   <li>Keep a running sum and return how many holders you have added as soon as the inequality holds. Strictly
 *       greater: exactly a third is not more than a third.</li>
 * </ol>
 */
public class MyNakamotoCoefficient implements NakamotoCoefficient {

    @Override
    public int nakamoto(long[] weights, long numerator, long denominator) {
        throw new UnsupportedOperationException("exercise dpos.nakamoto: not written yet — see the hints above");
    }
}
