package layers.l1.merkle;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.merkle.MerkleProof.Side;
import layers.l1.merkle.MerkleProof.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * Bitcoin's Merkle tree over a block's transaction ids: a parent is the double SHA-256 of its two children
 * concatenated, and a level with an odd number of nodes pairs its last node with itself.
 * Source: Bitcoin Core {@code ComputeMerkleRoot} (src/consensus/merkle.cpp).
 *
 * <p>Known weakness (CVE-2012-2459): because the last node is duplicated, the txid lists {@code [a, b, c]} and
 * {@code [a, b, c, c]} have the same root, so a block can be "mutated" without changing its header; Bitcoin Core
 * rejects blocks with duplicate transactions ({@code bad-txns-duplicate}). Leaves and inner nodes are also hashed
 * alike, which {@link MerkleTree} avoids with domain separation.
 *
 * <p>Ids are in hash-function order ({@link Hash#fromDisplayHex} reads the reversed form explorers show).
 */
public final class BitcoinMerkleTree {

    /** levels.get(0) holds the txids, the last level holds the root alone. */
    private final List<Hash[]> levels;

    private BitcoinMerkleTree(List<Hash[]> levels) {
        this.levels = levels;
    }

    /**
     * The whole tree, kept for proofs.
     *
     * @throws IllegalArgumentException if {@code txids} is empty (every block has at least its coinbase)
     */
    public static BitcoinMerkleTree of(List<Hash> txids) {
        Hash[] level = leaves(txids);
        List<Hash[]> levels = new ArrayList<>();
        levels.add(level);
        while (level.length > 1) {
            Hash[] up = new Hash[(level.length + 1) / 2];
            for (int i = 0; i < up.length; i++) {
                up[i] = parent(level[2 * i], level[Math.min(2 * i + 1, level.length - 1)]);
            }
            levels.add(up);
            level = up;
        }
        return new BitcoinMerkleTree(levels);
    }

    /**
     * The Merkle root of {@code txids}, without keeping the tree. Source: Bitcoin Core {@code ComputeMerkleRoot}.
     *
     * @throws IllegalArgumentException if {@code txids} is empty
     */
    public static Hash root(List<Hash> txids) {
        Hash[] level = leaves(txids);
        int size = level.length;
        while (size > 1) {
            int up = (size + 1) / 2;
            for (int i = 0; i < up; i++) {
                level[i] = parent(level[2 * i], level[Math.min(2 * i + 1, size - 1)]);
            }
            size = up;
        }
        return level[0];
    }

    /** A parent node: {@code SHA256(SHA256(left || right))}. */
    public static Hash parent(Hash left, Hash right) {
        return Sha256.doubleHash(left.bytes(), right.bytes());
    }

    /** The root of this tree. */
    public Hash root() {
        return levels.get(levels.size() - 1)[0];
    }

    public int leafCount() {
        return levels.get(0).length;
    }

    /** The number of levels above the leaves: the length of every proof in this tree. */
    public int height() {
        return levels.size() - 1;
    }

    /** The nodes at {@code level} (0 = the txids), left to right. */
    public List<Hash> level(int level) {
        return List.of(levels.get(level));
    }

    /**
     * The inclusion proof for the txid at {@code index}. Where a node is the odd last one of its level, its sibling
     * is itself, on the right.
     *
     * @throws IndexOutOfBoundsException if there is no leaf {@code index}
     */
    public MerkleProof proof(int index) {
        ProofCheck.checkIndex(index, leafCount());
        List<Step> path = new ArrayList<>();
        int position = index;
        for (int l = 0; l < height(); l++) {
            Hash[] level = levels.get(l);
            if (position % 2 == 1) {
                path.add(new Step(level[position - 1], Side.LEFT));
            } else {
                path.add(new Step(level[Math.min(position + 1, level.length - 1)], Side.RIGHT));
            }
            position /= 2;
        }
        return MerkleProof.of(index, leafCount(), path);
    }

    /** Whether {@code proof} shows that {@code txid} is in a tree with {@code root}. */
    public static Verdict verify(Hash txid, MerkleProof proof, Hash root) {
        return ProofCheck.verify(txid, proof, root, expectedSides(proof.leafIndex(), proof.leafCount()),
                BitcoinMerkleTree::parent);
    }

    /** The sides of the path of leaf {@code index} among {@code leafCount}: LEFT where the index bit is 1. */
    static List<Side> expectedSides(int index, int leafCount) {
        List<Side> sides = new ArrayList<>();
        int position = index;
        for (int size = leafCount; size > 1; size = (size + 1) / 2) {
            sides.add(position % 2 == 1 ? Side.LEFT : Side.RIGHT);
            position /= 2;
        }
        return sides;
    }

    private static Hash[] leaves(List<Hash> txids) {
        if (txids.isEmpty()) {
            throw new IllegalArgumentException("a Bitcoin Merkle tree needs at least one txid (the coinbase's)");
        }
        return txids.toArray(new Hash[0]);
    }
}
