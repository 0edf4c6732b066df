package layers.l1.merkle;

import layers.l1.crypto.Hash;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Merkle inclusion proof: which leaf (its index among {@code leafCount} leaves) and the path from it to the root,
 * one {@link Step} per level, bottom first. Each step is the sibling hash and the side it sits on. Immutable.
 *
 * <p>The sides follow from the index and the tree's size; a verifier recomputes them and rejects a proof whose
 * sides disagree ({@link MerkleRule#WRONG_SIDE}), so a proof cannot claim one position and hash as another.
 */
public final class MerkleProof {

    /** Where the sibling sits relative to the node being hashed up. */
    public enum Side {
        /** The sibling is the left child: parent = H(sibling, node). */
        LEFT,
        /** The sibling is the right child: parent = H(node, sibling). */
        RIGHT
    }

    /** One level of the path: the sibling's hash and its side. */
    public record Step(Hash sibling, Side side) {
        public Step {
            Objects.requireNonNull(sibling, "sibling");
            Objects.requireNonNull(side, "side");
        }
    }

    private final int leafIndex;
    private final int leafCount;
    private final List<Step> path;

    private MerkleProof(int leafIndex, int leafCount, List<Step> path) {
        this.leafIndex = leafIndex;
        this.leafCount = leafCount;
        this.path = path;
    }

    /**
     * @throws IllegalArgumentException if the index is negative or the count below 1 (whether the index is in range
     *                                  and the path the right length is for a verifier to decide)
     */
    public static MerkleProof of(int leafIndex, int leafCount, List<Step> path) {
        if (leafIndex < 0) {
            throw new IllegalArgumentException("a leaf index cannot be negative: " + leafIndex);
        }
        if (leafCount < 1) {
            throw new IllegalArgumentException("a Merkle tree has at least one leaf, not " + leafCount);
        }
        return new MerkleProof(leafIndex, leafCount, List.copyOf(path));
    }

    public int leafIndex() {
        return leafIndex;
    }

    public int leafCount() {
        return leafCount;
    }

    /** The steps from the leaf up to the root, bottom first. */
    public List<Step> path() {
        return path;
    }

    /** The sibling hashes, bottom first. */
    public List<Hash> siblings() {
        return path.stream().map(Step::sibling).toList();
    }

    /** The sides, bottom first. */
    public List<Side> sides() {
        return path.stream().map(Step::side).toList();
    }

    /** The same proof claiming another leaf index. */
    public MerkleProof withLeafIndex(int index) {
        return of(index, leafCount, path);
    }

    /** The same proof with step {@code level} replaced. */
    public MerkleProof withStep(int level, Step step) {
        List<Step> changed = new ArrayList<>(path);
        changed.set(level, step);
        return of(leafIndex, leafCount, changed);
    }

    /** The same proof with only the first {@code steps} steps. */
    public MerkleProof truncated(int steps) {
        return of(leafIndex, leafCount, path.subList(0, steps));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MerkleProof p && leafIndex == p.leafIndex && leafCount == p.leafCount
                && path.equals(p.path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(leafIndex, leafCount, path);
    }

    @Override
    public String toString() {
        return "MerkleProof(leaf " + leafIndex + " of " + leafCount + ", " + path.size() + " steps)";
    }
}
