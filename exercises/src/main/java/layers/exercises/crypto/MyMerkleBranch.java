package layers.exercises.crypto;

import java.util.List;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;

/**
 * Exercise {@code crypto.merkle-proof}: recompute a Merkle root from a txid, its index and its branch.
 * Write {@link #rootFromBranch}, then grade it: {@code ./course grade crypto.merkle-proof}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Check the index first: it must be at least 0, and {@code index >> branch.size()} must be 0 (for a branch of
 *       31 or more levels every non-negative {@code int} fits).</li>
 *   <li>Keep a {@code Hash node = txid} and a {@code position = index}. At each level, the low bit
 *       {@code position & 1} says which side the node is on; then {@code position >>= 1}.</li>
 *   <li>The parent is {@code Sha256.doubleHash(node.bytes(), sibling.bytes())} when the bit is 0 and
 *       {@code Sha256.doubleHash(sibling.bytes(), node.bytes())} when it is 1.</li>
 * </ol>
 */
public class MyMerkleBranch implements MerkleBranch {

    @Override
    public Hash rootFromBranch(Hash txid, int index, List<Hash> branch) {
        throw new UnsupportedOperationException("exercise crypto.merkle-proof: not written yet — see the hints above");
    }
}
