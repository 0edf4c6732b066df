package layers.exercises.crypto;

import java.util.ArrayList;
import java.util.List;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;

/**
 * Exercise {@code crypto.merkle-root}: Bitcoin's Merkle root of a block's transaction ids.
 * Write {@link #root}, then grade it: {@code ./course grade crypto.merkle-root}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Work level by level: start with a copy of the txids ({@code new ArrayList<>(txids)}), and while more than
 *       one node is left, replace the level by the list of its parents.</li>
 *   <li>{@code Sha256.doubleHash(left.bytes(), right.bytes())} is a parent: the double SHA-256 of the two children
 *       written one after the other.</li>
 *   <li>For the pair starting at {@code i}, the right child is {@code level.get(i + 1)}, or {@code level.get(i)}
 *       itself when {@code i} is the last index of an odd level.</li>
 * </ol>
 */
public class MyMerkleRoot implements MerkleRoot {

    @Override
    public Hash root(List<Hash> txids) {
        // BEGIN SOLUTION crypto.merkle-root
        if (txids.isEmpty()) {
            throw new IllegalArgumentException("a Merkle root needs at least one txid, the coinbase's");
        }
        List<Hash> level = new ArrayList<>(txids);
        while (level.size() > 1) {
            List<Hash> parents = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                Hash left = level.get(i);
                Hash right = i + 1 < level.size() ? level.get(i + 1) : left;
                parents.add(Sha256.doubleHash(left.bytes(), right.bytes()));
            }
            level = parents;
        }
        return level.get(0);
        // END SOLUTION
    }
}
