package layers.exercises.optimistic;

import layers.l1.crypto.Hash;
import layers.l2.optimistic.SparseProof;

/**
 * Checks one state entry of a one-step proof: the path from the entry's leaf in the rollup's sparse Merkle tree
 * ({@link layers.l2.optimistic.SparseStateTree}) up to the root.
 */
public interface EntryPathCheck {

    /**
     * The root that {@code proof} leads to: start from the leaf (the hash of the entry if its value is not zero, 32
     * zero bytes if it is: an absent entry), then, from depth 255 up to depth 0, hash the node with the sibling at
     * that depth, on the side the key's path bit at that depth says.
     */
    Hash computeRoot(SparseProof proof);

    /** Whether {@code proof} shows its entry (or the entry's absence) under {@code root}. */
    boolean verify(SparseProof proof, Hash root);
}
