package layers.exercises.bridges;

/** The odds of data availability sampling: does a light node notice withheld chunks? */
public interface SamplingOdds {

    /**
     * The probability that {@code samples} independent uniform samples (with replacement) of {@code chunkCount}
     * coded chunks all land on chunks that are served, when {@code withheld} of them are withheld:
     * {@code (1 − withheld/chunkCount)^samples}.
     *
     * @throws IllegalArgumentException if the chunk count is not positive, {@code withheld} is outside
     *                                  0..chunkCount, or {@code samples} is negative
     */
    double missProbability(int chunkCount, int withheld, int samples);

    /**
     * The fewest samples that make the miss probability at most {@code target} against a publisher that withholds
     * just enough of {@code chunkCount} = 2k coded chunks to block reconstruction (k + 1 of them).
     *
     * @throws IllegalArgumentException if the chunk count is not an even number of at least 2, or the target is not
     *                                  strictly between 0 and 1
     */
    int samplesNeeded(int chunkCount, double target);
}
