package layers.exercises.crypto;

import java.util.List;
import layers.l1.crypto.Hash;

/**
 * Computes the Merkle root that a Bitcoin block header commits to, from the block's transaction ids. Source: Bitcoin
 * Core {@code ComputeMerkleRoot} (src/consensus/merkle.cpp).
 */
public interface MerkleRoot {

    /**
     * The Merkle root of {@code txids}, given in block order and in hash-function order (as {@link Hash} holds
     * them): each level pairs neighbours, a parent is {@code SHA256(SHA256(left || right))}, a level with an odd
     * number of nodes pairs its last node with itself, and the single node left at the top is the root. One txid is
     * its own root. {@code txids} is not changed.
     *
     * @throws IllegalArgumentException if {@code txids} is empty: every block has at least its coinbase
     */
    Hash root(List<Hash> txids);
}
