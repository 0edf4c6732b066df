package layers.l2.zk.commit;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.merkle.MerkleProof;
import layers.l1.merkle.MerkleProof.Side;
import layers.l1.merkle.MerkleProof.Step;
import layers.l1.merkle.MerkleTree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * A vector commitment: the root of Part I's RFC 6962 Merkle tree ({@link MerkleTree}, SHA-256) over a power-of-two
 * number of leaves, each leaf the bytes of one position of a codeword (a row of the trace, a pair of FRI values).
 * Committing fixes every leaf; opening leaf i later shows its bytes and the sibling hashes up to the root, and the
 * verifier needs only the root. The leaves are hashed in parallel, which is most of the work.
 *
 * <p>With a power-of-two leaf count every path has exactly log2(count) steps and the sides follow from the index's
 * bits, so a proof carries only the sibling hashes (32 bytes each).
 */
public final class MerkleCommitment {

    /** Below this many leaves the hashing stays on the calling thread (threads would cost more than they save). */
    static final int PARALLEL_FROM = 4096;

    private final MerkleTree tree;

    private MerkleCommitment(MerkleTree tree) {
        this.tree = tree;
    }

    /**
     * Commits to {@code count} leaves, leaf i being {@code leaf.apply(i)}.
     *
     * @throws IllegalArgumentException if count is not a power of two
     */
    public static MerkleCommitment commit(int count, IntFunction<byte[]> leaf) {
        if (count <= 0 || Integer.bitCount(count) != 1) {
            throw new IllegalArgumentException("a vector commitment here has a power-of-two number of leaves, not "
                    + count);
        }
        Hash[] leafHashes = new Hash[count];
        IntStream indices = IntStream.range(0, count);
        if (count >= PARALLEL_FROM) {
            indices = indices.parallel();
        }
        indices.forEach(i -> leafHashes[i] = MerkleTree.leafHash(leaf.apply(i)));
        return new MerkleCommitment(MerkleTree.ofLeafHashes(List.of(leafHashes)));
    }

    public Hash root() {
        return tree.root();
    }

    public int leafCount() {
        return tree.leafCount();
    }

    /** The sibling hashes from leaf {@code index} up to the root, bottom first. */
    public List<Hash> open(int index) {
        return tree.proof(index).siblings();
    }

    /**
     * Whether {@code leafData} is leaf {@code index} of the {@code leafCount} leaves committed to by {@code root},
     * given the sibling hashes; a rejection names the Merkle rule it broke ({@code WRONG_ROOT} for a changed leaf or
     * sibling, {@code PATH_TOO_SHORT}/{@code PATH_TOO_LONG} for a path of the wrong length).
     */
    public static Verdict verify(Hash root, int index, int leafCount, byte[] leafData, List<Hash> siblings) {
        List<Step> steps = new ArrayList<>(siblings.size());
        for (int level = 0; level < siblings.size(); level++) {
            steps.add(new Step(siblings.get(level), ((index >>> level) & 1) == 1 ? Side.LEFT : Side.RIGHT));
        }
        return MerkleTree.verify(leafData, MerkleProof.of(index, leafCount, steps), root);
    }
}
