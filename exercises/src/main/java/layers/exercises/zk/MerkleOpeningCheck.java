package layers.exercises.zk;

import layers.l1.crypto.Hash;

import java.util.List;

/**
 * Checking one opening of a STARK's vector commitment: Part I's RFC 6962 Merkle tree over a power-of-two number of
 * leaves. Source: the course's {@code layers.l2.zk.commit.MerkleCommitment}.
 */
public interface MerkleOpeningCheck {

    /**
     * Whether {@code leaf} is leaf number {@code index} of the {@code leafCount} leaves (a power of two) under
     * {@code root}, given the sibling hashes from the leaf up (bottom first). The leaf hashes as
     * {@code MerkleTree.leafHash(leaf)}, a parent as {@code MerkleTree.nodeHash(left, right)}. False for an index
     * outside 0..leafCount−1 or a path whose length is not log2(leafCount).
     */
    boolean verify(Hash root, int index, int leafCount, byte[] leaf, List<Hash> siblings);
}
