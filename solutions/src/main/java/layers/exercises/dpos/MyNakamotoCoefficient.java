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
        // BEGIN SOLUTION dpos.nakamoto
        if (numerator < 0 || denominator <= 0 || numerator >= denominator) {
            throw new IllegalArgumentException("the share must be at least 0 and below 1, not "
                    + numerator + "/" + denominator);
        }
        long total = 0;
        for (long weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("a weight cannot be negative: " + weight);
            }
            total = Math.addExact(total, weight);
        }
        if (total == 0) {
            return 0;
        }
        long[] sorted = weights.clone();
        Arrays.sort(sorted);
        long sum = 0;
        for (int k = 1; k <= sorted.length; k++) {
            sum += sorted[sorted.length - k];
            if (Math.multiplyExact(sum, denominator) > Math.multiplyExact(total, numerator)) {
                return k;
            }
        }
        return sorted.length; // not reached: all the holders together have the whole total, more than any share
        // END SOLUTION
    }
}
