package layers.exercises.zk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import layers.grading.GradedExercise;
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
}
