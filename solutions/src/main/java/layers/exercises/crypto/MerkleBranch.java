package layers.exercises.crypto;

import java.util.List;
import layers.l1.crypto.Hash;

/**
 * Checks a Merkle inclusion proof the way a light client does: from one transaction id, its position in the block
 * and the sibling hashes on its path (a "Merkle branch"), recompute the root and compare it with the root in a
 * block header the client has already checked.
 */
public interface MerkleBranch {

    /**
     * The root reached by hashing {@code txid} up {@code branch}, bottom first, in Bitcoin's tree (a parent is
     * {@code SHA256(SHA256(left || right))}). Bit {@code i} of {@code index} (counting from the lowest) says where
     * the node is at level {@code i}: 0 means it is the left child, so the parent is {@code H(node || branch[i])};
     * 1 means it is the right child, so the parent is {@code H(branch[i] || node)}. An empty branch gives
     * {@code txid} itself.
     *
     * @throws IllegalArgumentException if {@code index} is negative, or not below {@code 2^branch.size()}: a branch
     *                                  of k levels cannot reach a position with more than k bits
     */
    Hash rootFromBranch(Hash txid, int index, List<Hash> branch);
}
