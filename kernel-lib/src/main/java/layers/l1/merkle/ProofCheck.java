package layers.l1.merkle;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.merkle.MerkleProof.Side;
import layers.l1.merkle.MerkleProof.Step;

import java.util.List;
import java.util.function.BinaryOperator;

/** The proof check both trees share; they differ in how they hash a node and which sides a leaf's path has. */
final class ProofCheck {

    private ProofCheck() {
    }

    static Verdict verify(Hash leaf, MerkleProof proof, Hash root, List<Side> expectedSides,
                          BinaryOperator<Hash> parent) {
        if (proof.leafIndex() >= proof.leafCount()) {
            return Verdict.rejected(MerkleRule.INDEX_OUT_OF_RANGE,
                    "leaf " + proof.leafIndex() + " in a tree of " + proof.leafCount() + " leaves");
        }
        List<Step> path = proof.path();
        if (path.size() < expectedSides.size()) {
            return Verdict.rejected(MerkleRule.PATH_TOO_SHORT, path.size() + " steps, leaf " + proof.leafIndex()
                    + " of " + proof.leafCount() + " needs " + expectedSides.size());
        }
        if (path.size() > expectedSides.size()) {
            return Verdict.rejected(MerkleRule.PATH_TOO_LONG, path.size() + " steps, leaf " + proof.leafIndex()
                    + " of " + proof.leafCount() + " needs " + expectedSides.size());
        }
        Hash node = leaf;
        for (int level = 0; level < path.size(); level++) {
            Step step = path.get(level);
            if (step.side() != expectedSides.get(level)) {
                return Verdict.rejected(MerkleRule.WRONG_SIDE, "step " + level + " has the sibling on the "
                        + step.side() + ", leaf " + proof.leafIndex() + " needs it on the " + expectedSides.get(level));
            }
            node = step.side() == Side.LEFT ? parent.apply(step.sibling(), node) : parent.apply(node, step.sibling());
        }
        if (!node.equals(root)) {
            return Verdict.rejected(MerkleRule.WRONG_ROOT, "the path gives " + node.toHex() + ", not " + root.toHex());
        }
        return Verdict.valid();
    }

    static void checkIndex(int index, int leafCount) {
        if (index < 0 || index >= leafCount) {
            throw new IndexOutOfBoundsException("leaf index " + index + " is not in a tree of " + leafCount
                    + " leaves (0 to " + (leafCount - 1) + ")");
        }
    }
}
