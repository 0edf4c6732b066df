package layers.exercises.ledger;

import java.math.BigInteger;
import layers.l1.block.BlockHeader;
import layers.l1.crypto.Hash;

/**
 * Proof of work by hand: when a block hash meets a target, and the nonce that makes a header's hash meet it.
 */
public interface NonceFinder {

    /**
     * Whether {@code blockHash}, read as a 256-bit unsigned number in little-endian order (its last byte is the most
     * significant), is at most {@code target}. This is the comparison of Bitcoin Core's {@code CheckProofOfWork}.
     */
    boolean meetsTarget(Hash blockHash, BigInteger target);

    /**
     * The smallest nonce, counting up from 0, for which {@code template} with that nonce has a hash that meets the
     * target its bits encode. The template's own nonce does not matter.
     *
     * @throws IllegalArgumentException if the bits do not encode a usable target
     *                                  ({@link layers.l1.block.CompactTarget#encodingProblem()} is not empty)
     * @throws IllegalStateException    if none of the 2^32 nonces works (with the course's easy targets, that does not
     *                                  happen)
     */
    long findNonce(BlockHeader template);
}
