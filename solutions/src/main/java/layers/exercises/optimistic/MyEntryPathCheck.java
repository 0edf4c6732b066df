package layers.exercises.optimistic;

import layers.l1.crypto.Hash;
import layers.l1.execution.EntryProof;
import layers.l1.merkle.MerkleTree;
import layers.l2.optimistic.SparseProof;
import layers.l2.optimistic.SparseStateTree;

/**
 * Exercise {@code optimistic.path}: recompute a sparse Merkle root from one entry and its 256 siblings.
 * Write {@link #computeRoot} and {@link #verify}, then grade them: {@code ./course grade optimistic.path}.
 *
 * <p>Hints:
 * <ol>
 *   <li>The key's path is {@code SparseStateTree.path(proof.key())}, 32 bytes; the bit at depth {@code d} is bit
 *       {@code 7 - d % 8} of byte {@code d / 8} (most significant first). A 1 means the node is the right child.</li>
 *   <li>The leaf: {@code MerkleTree.leafHash(EntryProof.leaf(key, value))}, or {@code Hash.ZERO} when the value is
 *       zero.</li>
 *   <li>Going up from depth 255 to 0: {@code node = bit ? MerkleTree.nodeHash(sibling, node) :
 *       MerkleTree.nodeHash(node, sibling)} with {@code sibling = proof.siblings().get(d)}. {@code verify} compares
 *       the result with the root.</li>
 * </ol>
 */
public class MyEntryPathCheck implements EntryPathCheck {

    @Override
    public Hash computeRoot(SparseProof proof) {
        // BEGIN SOLUTION optimistic.path
        byte[] path = SparseStateTree.path(proof.key());
        Hash node = proof.value().signum() == 0 ? Hash.ZERO
                : MerkleTree.leafHash(EntryProof.leaf(proof.key(), proof.value()));
        for (int d = SparseStateTree.DEPTH - 1; d >= 0; d--) {
            boolean right = ((path[d / 8] >>> (7 - d % 8)) & 1) == 1;
            Hash sibling = proof.siblings().get(d);
            node = right ? MerkleTree.nodeHash(sibling, node) : MerkleTree.nodeHash(node, sibling);
        }
        return node;
        // END SOLUTION
    }

    @Override
    public boolean verify(SparseProof proof, Hash root) {
        // BEGIN SOLUTION optimistic.path
        return computeRoot(proof).equals(root);
        // END SOLUTION
    }
}
