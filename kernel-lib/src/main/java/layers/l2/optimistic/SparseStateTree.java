package layers.l2.optimistic;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.execution.EntryProof;
import layers.l1.execution.StateKey;
import layers.l1.merkle.MerkleTree;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The rollup's state commitment: a sparse Merkle tree of depth 256 in which each state entry sits at the leaf whose
 * path is SHA-256 of its {@link StateKey} encoding, and every other leaf is empty. Leaves and inner nodes are hashed
 * as in RFC 6962 ({@link MerkleTree#leafHash} of {@link EntryProof#leaf}, {@link MerkleTree#nodeHash}); an empty
 * leaf is 32 zero bytes. Because a key's position does not depend on the other keys, a proof can show that a key is
 * absent, and the root after a change can be recomputed from the changed entries' paths alone: the two things a
 * one-step proof needs and Part III's sorted tree cannot give (inserting a key there shifts every later leaf).
 * Ethereum's Merkle-Patricia trie has the same two properties.
 *
 * <pre>{@code
 * SparseStateTree tree = SparseStateTree.of(entries);
 * tree.root();                 // the commitment
 * tree.prove(key).verify(root) // valid, whether or not the key is present
 * }</pre>
 */
public final class SparseStateTree {

    /** Levels from the root to a leaf: one per bit of a SHA-256 path. */
    public static final int DEPTH = 256;

    private static final Hash[] EMPTY = new Hash[DEPTH + 1];

    static {
        EMPTY[0] = Hash.ZERO;
        for (int h = 1; h <= DEPTH; h++) {
            EMPTY[h] = MerkleTree.nodeHash(EMPTY[h - 1], EMPTY[h - 1]);
        }
    }

    private final byte[][] paths;
    private final Hash[] leafHashes;
    /** For each entry, the hash of the subtree at each depth that holds it alone; filled when first needed. */
    private final Hash[][] alone;

    private SparseStateTree(byte[][] paths, Hash[] leafHashes) {
        this.paths = paths;
        this.leafHashes = leafHashes;
        this.alone = new Hash[paths.length][];
    }

    /** The tree over {@code entries}; zero values are absent. */
    public static SparseStateTree of(Map<StateKey, BigInteger> entries) {
        List<Object[]> leaves = new ArrayList<>(entries.size());
        entries.forEach((k, v) -> {
            if (v.signum() != 0) {
                leaves.add(new Object[] {path(k), leafHash(k, v)});
            }
        });
        leaves.sort((a, b) -> Arrays.compareUnsigned((byte[]) a[0], (byte[]) b[0]));
        byte[][] paths = new byte[leaves.size()][];
        Hash[] hashes = new Hash[leaves.size()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = (byte[]) leaves.get(i)[0];
            hashes[i] = (Hash) leaves.get(i)[1];
        }
        return new SparseStateTree(paths, hashes);
    }

    /** The root over {@code entries}: the state commitment. */
    public static Hash rootOf(Map<StateKey, BigInteger> entries) {
        return of(entries).root();
    }

    /** The hash of an empty subtree of height {@code height} (0 is an empty leaf). */
    public static Hash emptySubtree(int height) {
        return EMPTY[height];
    }

    /** Where {@code key} sits: SHA-256 of its 41-byte encoding, read bit by bit from the most significant. */
    public static byte[] path(StateKey key) {
        return Sha256.hash(key.encoded()).bytes();
    }

    /** The leaf of an entry that is present. */
    public static Hash leafHash(StateKey key, BigInteger value) {
        return MerkleTree.leafHash(EntryProof.leaf(key, value));
    }

    static boolean bit(byte[] path, int depth) {
        return ((path[depth >>> 3] >>> (7 - (depth & 7))) & 1) == 1;
    }

    /** The root a path leads to from an entry (or from an empty leaf when {@code value} is zero). */
    public static Hash rootFromPath(StateKey key, BigInteger value, List<Hash> siblings) {
        byte[] p = path(key);
        Hash node = value.signum() == 0 ? EMPTY[0] : leafHash(key, value);
        for (int d = DEPTH - 1; d >= 0; d--) {
            node = bit(p, d) ? MerkleTree.nodeHash(siblings.get(d), node) : MerkleTree.nodeHash(node, siblings.get(d));
        }
        return node;
    }

    public Hash root() {
        return hash(0, paths.length, 0);
    }

    /** How many entries the tree holds. */
    public int size() {
        return paths.length;
    }

    /** A proof of {@code key}'s entry, or of its absence, against {@link #root()}. */
    public SparseProof prove(StateKey key, BigInteger value) {
        byte[] p = path(key);
        Hash[] siblings = new Hash[DEPTH];
        int lo = 0;
        int hi = paths.length;
        for (int d = 0; d < DEPTH; d++) {
            int mid = split(lo, hi, d);
            if (bit(p, d)) {
                siblings[d] = hash(lo, mid, d + 1);
                lo = mid;
            } else {
                siblings[d] = hash(mid, hi, d + 1);
                hi = mid;
            }
        }
        return new SparseProof(key, value, Arrays.asList(siblings));
    }

    /** The first index in [lo, hi) whose path has bit {@code depth} set; the entries share the bits before it. */
    private int split(int lo, int hi, int depth) {
        int a = lo;
        int b = hi;
        while (a < b) {
            int m = (a + b) >>> 1;
            if (bit(paths[m], depth)) {
                b = m;
            } else {
                a = m + 1;
            }
        }
        return a;
    }

    /** The hash of the subtree at {@code depth} holding entries [lo, hi), which share their first depth bits. */
    private Hash hash(int lo, int hi, int depth) {
        if (lo == hi) {
            return EMPTY[DEPTH - depth];
        }
        if (hi - lo == 1) {
            return alone(lo)[depth];
        }
        if (depth == DEPTH) {
            throw new IllegalStateException("two state keys share a SHA-256 path");
        }
        int mid = split(lo, hi, depth);
        return MerkleTree.nodeHash(hash(lo, mid, depth + 1), hash(mid, hi, depth + 1));
    }

    /** Entry {@code i}'s subtree hashes when alone, from the root's depth (0) to its leaf (256). */
    private Hash[] alone(int i) {
        if (alone[i] == null) {
            byte[] p = paths[i];
            Hash[] h = new Hash[DEPTH + 1];
            h[DEPTH] = leafHashes[i];
            for (int d = DEPTH - 1; d >= 0; d--) {
                h[d] = bit(p, d) ? MerkleTree.nodeHash(EMPTY[DEPTH - 1 - d], h[d + 1])
                        : MerkleTree.nodeHash(h[d + 1], EMPTY[DEPTH - 1 - d]);
            }
            alone[i] = h;
        }
        return alone[i];
    }

    /** A path as a number, for naming nodes by (depth, prefix). */
    static BigInteger pathNumber(StateKey key) {
        return new BigInteger(1, path(key));
    }
}
