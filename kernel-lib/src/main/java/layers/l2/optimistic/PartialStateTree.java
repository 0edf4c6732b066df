package layers.l2.optimistic;

import layers.l1.crypto.Hash;
import layers.l1.execution.StateKey;
import layers.l1.merkle.MerkleTree;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of a {@link SparseStateTree} that a few proofs reveal: the nodes on their paths and the siblings beside
 * them. Enough to change those entries and recompute the root, which is how the L1 verifier of a one-step proof
 * computes the post-state commitment without the rest of the state. Two paths may share nodes; updating one entry
 * refreshes the shared nodes the next update reads.
 */
public final class PartialStateTree {

    private record Node(int depth, BigInteger prefix) {
    }

    private final Map<Node, Hash> nodes = new HashMap<>();

    /** From proofs that were all checked against the same root. */
    public PartialStateTree(List<SparseProof> proofs) {
        for (SparseProof proof : proofs) {
            BigInteger p = SparseStateTree.pathNumber(proof.key());
            Hash node = proof.value().signum() == 0 ? SparseStateTree.emptySubtree(0)
                    : SparseStateTree.leafHash(proof.key(), proof.value());
            nodes.put(new Node(SparseStateTree.DEPTH, p), node);
            for (int d = SparseStateTree.DEPTH - 1; d >= 0; d--) {
                BigInteger childPrefix = p.shiftRight(SparseStateTree.DEPTH - 1 - d);
                Hash sibling = proof.siblings().get(d);
                nodes.putIfAbsent(new Node(d + 1, childPrefix.flipBit(0)), sibling);
                node = childPrefix.testBit(0) ? MerkleTree.nodeHash(sibling, node) : MerkleTree.nodeHash(node, sibling);
                nodes.put(new Node(d, childPrefix.shiftRight(1)), node);
            }
        }
    }

    /** Sets {@code key} (one of the proven keys) to {@code value} (zero: absent) and updates the nodes above it. */
    public void update(StateKey key, BigInteger value) {
        BigInteger p = SparseStateTree.pathNumber(key);
        if (!nodes.containsKey(new Node(SparseStateTree.DEPTH, p))) {
            throw new IllegalArgumentException(key + " was not among the proven entries");
        }
        Hash node = value.signum() == 0 ? SparseStateTree.emptySubtree(0) : SparseStateTree.leafHash(key, value);
        nodes.put(new Node(SparseStateTree.DEPTH, p), node);
        for (int d = SparseStateTree.DEPTH - 1; d >= 0; d--) {
            BigInteger childPrefix = p.shiftRight(SparseStateTree.DEPTH - 1 - d);
            Hash sibling = nodes.get(new Node(d + 1, childPrefix.flipBit(0)));
            node = childPrefix.testBit(0) ? MerkleTree.nodeHash(sibling, node) : MerkleTree.nodeHash(node, sibling);
            nodes.put(new Node(d, childPrefix.shiftRight(1)), node);
        }
    }

    public Hash root() {
        return nodes.get(new Node(0, BigInteger.ZERO));
    }
}
