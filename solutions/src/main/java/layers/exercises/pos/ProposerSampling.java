package layers.exercises.pos;

import layers.l1.crypto.Hash;
import layers.l1.pos.Gwei;

/**
 * Picks the proposer of a slot, weighted by stake, from a seed of the randomness beacon. Source: consensus-specs
 * phase0, {@code compute_proposer_index} (the rule in force until Electra, which widened the random value to 16
 * bits).
 */
public interface ProposerSampling {

    /**
     * The specification's acceptance sampling. For {@code i = 0, 1, 2, ...}:
     * <ol>
     *   <li>the candidate is {@code indices[compute_shuffled_index(i % total, total, seed)]}, with
     *       {@code total = indices.length};</li>
     *   <li>its random byte is byte {@code i % 32} of {@code SHA-256(seed || uint_to_bytes(i / 32))}, where
     *       {@code uint_to_bytes} writes a 64-bit number as 8 bytes, little-endian;</li>
     *   <li>the candidate is accepted if
     *       {@code effective_balance * MAX_RANDOM_BYTE >= MAX_EFFECTIVE_BALANCE * random_byte}, with
     *       {@code MAX_RANDOM_BYTE = 255} and {@code MAX_EFFECTIVE_BALANCE} 32 ETH (phase0).</li>
     * </ol>
     * The first candidate accepted is the proposer.
     *
     * @param effectiveBalances every validator's effective balance, by validator index
     * @param indices the validators to choose from (the active ones), as indices into {@code effectiveBalances}
     * @param seed the slot's seed
     * @return the chosen validator's index, one of {@code indices}
     * @throws IllegalArgumentException if {@code indices} is empty
     */
    int computeProposerIndex(Gwei[] effectiveBalances, int[] indices, Hash seed);
}
