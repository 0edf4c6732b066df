package layers.exercises.sequencers;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Keccak256;
import layers.l1.merkle.MerkleProof;
import layers.l1.merkle.MerkleTree;
import layers.l2.rollup.WithdrawalProof;

/**
 * Exercise {@code sequencers.withdrawal-proof}: verify a withdrawal against a posted output root. Write
 * {@link #verify}, then grade it: {@code ./course grade sequencers.withdrawal-proof}. Compute the hashes yourself
 * ({@code Keccak256.hash}, {@code MerkleTree.leafHash}, {@code MerkleTree.nodeHash}); do not call
 * {@code OutputRoot.hash} or {@code MerkleTree.verify}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Concatenate 128 bytes (a {@code ByteBuffer} helps): 32 zero bytes, then the three roots' {@code bytes()}.</li>
 *   <li>Start from {@code MerkleTree.leafHash(proof.withdrawal().leaf())}; for a {@code LEFT} sibling the node is
 *       {@code nodeHash(sibling, node)}, for {@code RIGHT} it is {@code nodeHash(node, sibling)}.</li>
 *   <li>Both comparisons must hold: the output root, and the end of the path against {@code withdrawalsRoot()}.</li>
 * </ol>
 */
public class MyWithdrawalVerifier implements WithdrawalVerifier {

    @Override
    public boolean verify(WithdrawalProof proof, Hash postedOutputRoot) {
        throw new UnsupportedOperationException("exercise sequencers.withdrawal-proof: not written yet — see the hints above");
    }
}
