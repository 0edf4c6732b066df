package layers.l1.merkle;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.merkle.MerkleProof.Side;
import layers.l1.merkle.MerkleProof.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * A general binary Merkle tree, as RFC 6962 (Certificate Transparency, section 2.1) defines it: a leaf is hashed
 * as {@code SHA-256(0x00 || data)} and a node as {@code SHA-256(0x01 || left || right)}, so no leaf can pass for a
 * node. Any number of leaves: a tree of n leaves has the largest power of two below n on its left, so an odd last
 * node is carried up a level unchanged rather than duplicated (no CVE-2012-2459 ambiguity). The empty tree's root is
 * {@code SHA-256()}. Used for the Layer 2 parts: state roots, batch roots, withdrawal roots.
 */
public final class MerkleTree {

    public static final byte LEAF_PREFIX = 0x00;
    public static final byte NODE_PREFIX = 0x01;

    private static final Hash EMPTY_ROOT = Sha256.hash(new byte[0]);

    /** levels.get(0) holds the leaf hashes, the last level holds the root alone. */
    private final List<Hash[]> levels;

    private MerkleTree(List<Hash[]> levels) {
        this.levels = levels;
    }

    /** The tree over these leaves (their data; each is hashed with {@link #leafHash}). */
    public static MerkleTree of(List<byte[]> leaves) {
        return ofLeafHashes(leaves.stream().map(MerkleTree::leafHash).toList());
    }

    /** The tree over leaves already hashed with {@link #leafHash}. */
    public static MerkleTree ofLeafHashes(List<Hash> leafHashes) {
        Hash[] level = leafHashes.toArray(new Hash[0]);
        List<Hash[]> levels = new ArrayList<>();
        levels.add(level);
        while (level.length > 1) {
            Hash[] up = new Hash[(level.length + 1) / 2];
            for (int i = 0; i < level.length / 2; i++) {
                up[i] = nodeHash(level[2 * i], level[2 * i + 1]);
            }
            if (level.length % 2 == 1) {
                up[up.length - 1] = level[level.length - 1];
            }
            levels.add(up);
            level = up;
        }
        return new MerkleTree(levels);
    }

    /** The root over these leaves (their data), without keeping the tree: RFC 6962's MTH. */
    public static Hash root(List<byte[]> leaves) {
        return leaves.isEmpty() ? EMPTY_ROOT : of(leaves).root();
    }

    /** {@code SHA-256(0x00 || data)}: RFC 6962's leaf hash. */
    public static Hash leafHash(byte[] data) {
        return Sha256.hash(new byte[] {LEAF_PREFIX}, data);
    }

    /** {@code SHA-256(0x01 || left || right)}: RFC 6962's interior node hash. */
    public static Hash nodeHash(Hash left, Hash right) {
        return Sha256.hash(new byte[] {NODE_PREFIX}, left.bytes(), right.bytes());
    }

    /** The root; {@code SHA-256()} for a tree of no leaves. */
    public Hash root() {
        Hash[] top = levels.get(levels.size() - 1);
        return top.length == 0 ? EMPTY_ROOT : top[0];
    }

    public int leafCount() {
        return levels.get(0).length;
    }

    /** The hash of leaf {@code index}. */
    public Hash leafHashAt(int index) {
        ProofCheck.checkIndex(index, leafCount());
        return levels.get(0)[index];
    }

    /**
     * The inclusion proof for leaf {@code index} (RFC 6962's audit path, bottom first). A leaf on the right edge of
     * a tree whose size is not a power of two has a shorter path.
     *
     * @throws IndexOutOfBoundsException if there is no leaf {@code index}
     */
    public MerkleProof proof(int index) {
        ProofCheck.checkIndex(index, leafCount());
        List<Step> path = new ArrayList<>();
        int position = index;
        for (int l = 0; l < levels.size() - 1; l++) {
            Hash[] level = levels.get(l);
            if (position % 2 == 1) {
                path.add(new Step(level[position - 1], Side.LEFT));
            } else if (position + 1 < level.length) {
                path.add(new Step(level[position + 1], Side.RIGHT));
            }
            position /= 2;
        }
        return MerkleProof.of(index, leafCount(), path);
    }

    /** Whether {@code proof} shows that a leaf with this data is in a tree with {@code root}. */
    public static Verdict verify(byte[] leafData, MerkleProof proof, Hash root) {
        return verifyLeafHash(leafHash(leafData), proof, root);
    }

    /** As {@link #verify}, for a leaf already hashed with {@link #leafHash}. */
    public static Verdict verifyLeafHash(Hash leafHash, MerkleProof proof, Hash root) {
        return ProofCheck.verify(leafHash, proof, root, expectedSides(proof.leafIndex(), proof.leafCount()),
                MerkleTree::nodeHash);
    }

    /** The sides of leaf {@code index}'s path among {@code leafCount}; a node carried up unchanged has no step. */
    static List<Side> expectedSides(int index, int leafCount) {
        List<Side> sides = new ArrayList<>();
        int position = index;
        for (int size = leafCount; size > 1; size = (size + 1) / 2) {
            if (position % 2 == 1) {
                sides.add(Side.LEFT);
            } else if (position + 1 < size) {
                sides.add(Side.RIGHT);
            }
            position /= 2;
        }
        return sides;
    }
}
