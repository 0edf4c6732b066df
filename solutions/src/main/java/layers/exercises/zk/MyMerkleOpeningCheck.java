package layers.exercises.zk;

import layers.l1.crypto.Hash;
import layers.l1.merkle.MerkleTree;

import java.util.List;

/**
 * Exercise {@code zk.opening}: check a Merkle opening. Write {@link #verify}, then grade it:
 * {@code ./course grade zk.opening}.
 *
 * <p>Hints:
 * <ol>
 *   <li>A tree of 2^d leaves has paths of exactly d siblings: {@code Integer.numberOfTrailingZeros(leafCount)}.
 *       Refuse anything else before hashing.</li>
 *   <li>Walk up: at level l, bit l of the index says where you are. Bit 0 means you are a left child, so the parent
 *       is {@code nodeHash(current, sibling)}; bit 1 means {@code nodeHash(sibling, current)}.</li>
 *   <li>Compare the result with {@code root.equals(...)}, not {@code ==}.</li>
 * </ol>
 */
public class MyMerkleOpeningCheck implements MerkleOpeningCheck {

    @Override
    public boolean verify(Hash root, int index, int leafCount, byte[] leaf, List<Hash> siblings) {
        // BEGIN SOLUTION zk.opening
        if (leafCount < 1 || Integer.bitCount(leafCount) != 1 || index < 0 || index >= leafCount) {
            return false;
        }
        if (siblings.size() != Integer.numberOfTrailingZeros(leafCount)) {
            return false;
        }
        Hash current = MerkleTree.leafHash(leaf);
        for (int level = 0; level < siblings.size(); level++) {
            boolean isRightChild = ((index >>> level) & 1) == 1;
            current = isRightChild ? MerkleTree.nodeHash(siblings.get(level), current)
                    : MerkleTree.nodeHash(current, siblings.get(level));
        }
        return current.equals(root);
        // END SOLUTION
    }
}
