package layers.exercises.zk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Hash;
import layers.l2.zk.commit.MerkleCommitment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "zk.opening",
        title = "Check a Merkle opening",
        contract = MerkleOpeningCheck.class,
        statement = """
                A STARK verifier trusts an opened trace row only if it hashes up to the committed root. Write \
                `verify(root, index, leafCount, leaf, siblings)` for a tree of a power-of-two number of leaves, \
                with Part I's RFC 6962 hashes (`MerkleTree.leafHash`, `MerkleTree.nodeHash`). Return false for an \
                index out of range or a path of the wrong length.""",
        hints = {
            "A tree of 2^d leaves has paths of exactly d siblings: `Integer.numberOfTrailingZeros(leafCount)`.",
            "At level l, bit l of the index: 0 means you are the left child, parent = `nodeHash(current, sibling)`; "
                    + "1 means `nodeHash(sibling, current)`.",
            "Compare with `root.equals(current)`."
        })
class MerkleOpeningCheckTest {

    private final MerkleOpeningCheck check = Implementation.of(MerkleOpeningCheck.class);

    private static byte[] leaf(int i) {
        return ("row " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private final MerkleCommitment tree = MerkleCommitment.commit(16, i -> leaf(i));

    @Test
    @Points(2)
    @DisplayName("every honest opening of a 16-leaf commitment is accepted")
    void honest() {
        for (int i = 0; i < 16; i++) {
            assertTrue(check.verify(tree.root(), i, 16, leaf(i), tree.open(i)), "opening of leaf " + i + " of 16");
        }
    }

    @Test
    @Points(1)
    @DisplayName("a changed leaf, or a true leaf claimed at another index, is rejected")
    void changedLeaf() {
        assertFalse(check.verify(tree.root(), 5, 16, leaf(6), tree.open(5)), "leaf 6's data with leaf 5's path");
        assertFalse(check.verify(tree.root(), 4, 16, leaf(5), tree.open(5)), "leaf 5 claimed at index 4");
    }

    @Test
    @Points(1)
    @DisplayName("a changed sibling is rejected")
    void changedSibling() {
        List<Hash> path = new ArrayList<>(tree.open(9));
        path.set(2, Hash.ZERO);
        assertFalse(check.verify(tree.root(), 9, 16, leaf(9), path), "leaf 9 with sibling 2 zeroed");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("paths of the wrong length and indices out of range are rejected; a 1-leaf tree has an empty path")
    void edges() {
        assertFalse(check.verify(tree.root(), 3, 16, leaf(3), tree.open(3).subList(0, 3)), "path of 3 steps");
        List<Hash> longer = new ArrayList<>(tree.open(3));
        longer.add(Hash.ZERO);
        assertFalse(check.verify(tree.root(), 3, 16, leaf(3), longer), "path of 5 steps");
        assertFalse(check.verify(tree.root(), 16, 16, leaf(0), tree.open(0)), "index 16 of 16");
        assertFalse(check.verify(tree.root(), -16, 16, leaf(0), tree.open(0)), "index -16");
        MerkleCommitment one = MerkleCommitment.commit(1, i -> leaf(i));
        assertTrue(check.verify(one.root(), 0, 1, leaf(0), List.of()), "the only leaf of a 1-leaf tree");
        Random rng = new Random(42);
        MerkleCommitment big = MerkleCommitment.commit(1024, i -> leaf(i));
        for (int k = 0; k < 20; k++) {
            int i = rng.nextInt(1024);
            assertTrue(check.verify(big.root(), i, 1024, leaf(i), big.open(i)), "leaf " + i + " of 1024");
        }
    }
}
