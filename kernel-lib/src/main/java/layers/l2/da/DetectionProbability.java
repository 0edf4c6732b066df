package layers.l2.da;

/**
 * Closed forms for sampling. A publisher that withholds a fraction f of the coded chunks escapes one node's s
 * independent uniform samples with probability {@code (1 − f)^s}. To block reconstruction it must withhold more than
 * half (f ≥ (k+1)/2k), so a node that takes 30 samples is fooled with probability below 2^−30, whatever the size of
 * the data (Al-Bassam, Sonnino, Buterin, "Fraud and Data Availability Proofs", 2018).
 */
public final class DetectionProbability {

    private DetectionProbability() {
    }

    /**
     * {@code (1 − f)^s}: the probability that s samples with replacement all land on served chunks.
     *
     * @throws IllegalArgumentException if f is outside [0, 1] or s is negative
     */
    public static double missProbability(double withheldFraction, int samples) {
        checkFraction(withheldFraction);
        if (samples < 0) {
            throw new IllegalArgumentException("the number of samples cannot be negative: " + samples);
        }
        return Math.pow(1 - withheldFraction, samples);
    }

    /** {@code 1 − (1 − f)^s}. */
    public static double detectionProbability(double withheldFraction, int samples) {
        return 1 - missProbability(withheldFraction, samples);
    }

    /**
     * Sampling s distinct chunks of n, w of them withheld: {@code C(n − w, s) / C(n, s)}, slightly below
     * {@code (1 − w/n)^s}.
     *
     * @throws IllegalArgumentException if w is outside 0..n or s outside 0..n
     */
    public static double missProbabilityDistinct(int chunkCount, int withheld, int samples) {
        if (withheld < 0 || withheld > chunkCount || samples < 0 || samples > chunkCount) {
            throw new IllegalArgumentException("need 0 <= withheld, samples <= chunk count; got withheld " + withheld
                    + ", samples " + samples + " of " + chunkCount);
        }
        double p = 1;
        for (int i = 0; i < samples; i++) {
            p *= (double) (chunkCount - withheld - i) / (chunkCount - i);
        }
        return Math.max(p, 0);
    }

    /** The smallest withheld fraction that blocks reconstruction of 2k coded chunks: (k + 1) / 2k. */
    public static double minimumBlockingFraction(int chunkCount) {
        return (double) DaPublisher.minimumToBlock(chunkCount) / chunkCount;
    }

    /**
     * The fewest samples that bring the miss probability to at most {@code target} against a fraction f:
     * {@code ⌈ln target / ln(1 − f)⌉}.
     *
     * @throws IllegalArgumentException if target is not in (0, 1) or f not in (0, 1)
     */
    public static int samplesNeeded(double withheldFraction, double target) {
        if (!(target > 0 && target < 1)) {
            throw new IllegalArgumentException("the target miss probability must be in (0, 1), not " + target);
        }
        if (!(withheldFraction > 0 && withheldFraction < 1)) {
            throw new IllegalArgumentException("the withheld fraction must be in (0, 1) here, not " + withheldFraction);
        }
        return (int) Math.ceil(Math.log(target) / Math.log(1 - withheldFraction) - 1e-9);
    }

    private static void checkFraction(double f) {
        if (!(f >= 0 && f <= 1)) {
            throw new IllegalArgumentException("a withheld fraction is in [0, 1], not " + f);
        }
    }
}
