package layers.exercises.bridges;

/**
 * Exercise {@code bridges.sampling-miss}: the probability that sampling misses withheld data, and how many samples
 * make it small. Write both methods, then grade them: {@code ./course grade bridges.sampling-miss}.
 *
 * <p>Hints:
 * <ol>
 *   <li>One sample misses with probability {@code (chunkCount − withheld) / chunkCount}; independent samples
 *       multiply.</li>
 *   <li>To block reconstruction of 2k chunks the publisher withholds k + 1, so f = (k + 1) / 2k, a bit over
 *       one half.</li>
 *   <li>Count up from s = 0 until {@code missProbability(...) <= target}, or solve (1 − f)^s ≤ target with
 *       logarithms and round up (careful with rounding).</li>
 * </ol>
 */
public class MySamplingOdds implements SamplingOdds {

    @Override
    public double missProbability(int chunkCount, int withheld, int samples) {
        // BEGIN SOLUTION bridges.sampling-miss
        if (chunkCount <= 0) {
            throw new IllegalArgumentException("the chunk count must be positive, not " + chunkCount);
        }
        if (withheld < 0 || withheld > chunkCount) {
            throw new IllegalArgumentException("withheld must be in 0.." + chunkCount + ", not " + withheld);
        }
        if (samples < 0) {
            throw new IllegalArgumentException("samples cannot be negative: " + samples);
        }
        return Math.pow((double) (chunkCount - withheld) / chunkCount, samples);
        // END SOLUTION
    }

    @Override
    public int samplesNeeded(int chunkCount, double target) {
        // BEGIN SOLUTION bridges.sampling-miss
        if (chunkCount < 2 || chunkCount % 2 != 0) {
            throw new IllegalArgumentException("2k coded chunks: an even count of at least 2, not " + chunkCount);
        }
        if (!(target > 0 && target < 1)) {
            throw new IllegalArgumentException("the target must be in (0, 1), not " + target);
        }
        int withheld = chunkCount / 2 + 1;
        int s = 0;
        while (missProbability(chunkCount, withheld, s) > target) {
            s++;
        }
        return s;
        // END SOLUTION
    }
}
