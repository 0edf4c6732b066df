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
        throw new UnsupportedOperationException("exercise zk.opening: not written yet — see the hints above");
    }
}
