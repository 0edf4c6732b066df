package layers.l1.dpos;

import java.util.Arrays;

/**
 * How concentrated voting power (votes, stake, hash power) is, in two numbers. The Nakamoto coefficient is the
 * smallest number of holders who together control more than a given share: more than a third can stop a BFT-style
 * chain from finalizing, more than half can outvote everyone else. The Gini coefficient is 0 when every holder has the
 * same and approaches 1 when one holder has everything.
 */
public final class Concentration {

    private Concentration() {
    }

    /**
     * The fewest holders whose weights sum to more than {@code numerator/denominator} of the total, largest first;
     * exact integer arithmetic ({@code sum·denominator > total·numerator}). 0 if the total is 0.
     *
     * @throws IllegalArgumentException if a weight is negative or the share is not between 0 and 1
     */
    public static int nakamotoCoefficient(long[] weights, long numerator, long denominator) {
        if (numerator < 0 || denominator <= 0 || numerator >= denominator) {
            throw new IllegalArgumentException("the share must be at least 0 and below 1, not " + numerator + "/" + denominator);
        }
        long[] sorted = checkedSorted(weights);
        long total = 0;
        for (long w : sorted) {
            total = Math.addExact(total, w);
        }
        if (total == 0) {
            return 0;
        }
        long sum = 0;
        for (int k = 1; k <= sorted.length; k++) {
            sum += sorted[sorted.length - k];
            if (Math.multiplyExact(sum, denominator) > Math.multiplyExact(total, numerator)) {
                return k;
            }
        }
        return sorted.length; // unreachable: all holders together have the whole total
    }

    /** More than a third. */
    public static int nakamotoThird(long[] weights) {
        return nakamotoCoefficient(weights, 1, 3);
    }

    /** More than half. */
    public static int nakamotoHalf(long[] weights) {
        return nakamotoCoefficient(weights, 1, 2);
    }

    /**
     * {@code Σ_i Σ_j |x_i - x_j| / (2·n·Σx)}, computed from the sorted weights as
     * {@code 2·Σ_i i·x_(i) / (n·Σx) - (n+1)/n} with {@code i} from 1. 0 for no holders or a zero total.
     */
    public static double gini(long[] weights) {
        long[] sorted = checkedSorted(weights);
        int n = sorted.length;
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            total += sorted[i];
            weighted += (i + 1) * (double) sorted[i];
        }
        if (n == 0 || total == 0) {
            return 0;
        }
        return 2 * weighted / (n * total) - (n + 1) / (double) n;
    }

    private static long[] checkedSorted(long[] weights) {
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("weights cannot be negative: " + w + " in " + Arrays.toString(weights));
            }
        }
        long[] sorted = weights.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
