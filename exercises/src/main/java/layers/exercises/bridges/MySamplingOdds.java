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
        throw new UnsupportedOperationException("exercise bridges.sampling-miss: not written yet — see the hints above");
    }

    @Override
    public int samplesNeeded(int chunkCount, double target) {
        throw new UnsupportedOperationException("exercise bridges.sampling-miss: not written yet — see the hints above");
    }
}
