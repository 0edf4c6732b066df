package layers.l2.da;

import layers.core.Verdict;
import layers.l1.network.SimRandom;

import java.util.Optional;

/**
 * A light node doing data availability sampling: it downloads a few random chunks instead of the block and accepts
 * the block only if every one is served and verifies against the commitment (EIP-7594: "nodes ... sample columns
 * from their peers to perform DAS"). Draws positions uniformly with replacement, so a publisher withholding a
 * fraction f escapes one node with probability exactly {@code (1 − f)^s}; see {@link DetectionProbability}.
 */
public final class SamplingNode {

    private SamplingNode() {
    }

    /**
     * The result of one node's sampling.
     *
     * @param accepted whether every sample was served and verified
     * @param asked    how many chunks it asked for before deciding (it stops at the first failure)
     * @param verdict  valid, or the first failure ({@link DaRule#CHUNK_WITHHELD} or a sample's rule)
     */
    public record Outcome(boolean accepted, int asked, Verdict verdict) {
    }

    /**
     * Samples {@code samples} random chunks from {@code publisher} and checks each against {@code commitment}.
     *
     * @throws IllegalArgumentException if {@code samples} is below 1
     */
    public static Outcome sample(DataCommitment commitment, DaPublisher publisher, int samples, SimRandom random) {
        if (samples < 1) {
            throw new IllegalArgumentException("a sampling node asks for at least one chunk, not " + samples);
        }
        for (int s = 1; s <= samples; s++) {
            int i = random.nextInt(commitment.chunkCount());
            Optional<ChunkSample> served = publisher.serve(i);
            if (served.isEmpty()) {
                return new Outcome(false, s, Verdict.rejected(DaRule.CHUNK_WITHHELD, "chunk " + i + " (sample " + s
                        + " of " + samples + ")"));
            }
            Verdict v = SampleVerifier.verify(commitment, served.get());
            if (!v.isValid()) {
                return new Outcome(false, s, v);
            }
        }
        return new Outcome(true, samples, Verdict.valid());
    }
}
