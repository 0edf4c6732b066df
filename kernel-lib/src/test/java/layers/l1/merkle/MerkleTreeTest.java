package layers.l1.merkle;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.merkle.MerkleProof.Side;
import layers.l1.merkle.MerkleProof.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MerkleTreeTest {

    private static final byte[] A = {'a'};
    private static final byte[] B = {'b'};
    private static final byte[] C = {'c'};

    @Test
    void emptyTreeRootIsTheSha256OfNothing() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                MerkleTree.root(List.of()).toHex());
    }

    @Test
    void singleLeafRootIsItsLeafHash() {
        assertEquals(MerkleTree.leafHash(A), MerkleTree.root(List.of(A)));
    }

    @Test
    void leafHashIsPrefixedWithZero() {
        assertEquals(Sha256.hash(new byte[] {0x00, 'a'}), MerkleTree.leafHash(A));
    }

    @Test
    void nodeHashIsPrefixedWithOne() {
        Hash l = MerkleTree.leafHash(A);
        Hash r = MerkleTree.leafHash(B);
        assertEquals(Sha256.hash(new byte[] {0x01}, l.bytes(), r.bytes()), MerkleTree.nodeHash(l, r));
    }

    @Test
    void aNodeCannotPassForALeaf() {
        Hash l = MerkleTree.leafHash(A);
        Hash r = MerkleTree.leafHash(B);
        byte[] concatenated = new byte[64];
        System.arraycopy(l.bytes(), 0, concatenated, 0, 32);
        System.arraycopy(r.bytes(), 0, concatenated, 32, 32);
        assertNotEquals(MerkleTree.nodeHash(l, r), MerkleTree.leafHash(concatenated));
    }

    @Test
    void oddLastNodeIsCarriedUpNotDuplicated() {
        Hash expected = MerkleTree.nodeHash(MerkleTree.nodeHash(MerkleTree.leafHash(A), MerkleTree.leafHash(B)),
                MerkleTree.leafHash(C));
        assertEquals(expected, MerkleTree.root(List.of(A, B, C)));
        assertNotEquals(expected, MerkleTree.root(List.of(A, B, C, C)));
    }

    @Test
    void rootMatchesRfc6962DefinitionForEverySizeUpTo70() {
        List<byte[]> leaves = MerkleFixtures.randomLeaves(new Random(1), 70);
        for (int n = 0; n <= 70; n++) {
            assertEquals(Rfc6962.mth(leaves.subList(0, n)), MerkleTree.root(leaves.subList(0, n)), "size " + n);
        }
    }

    @Test
    void proofMatchesRfc6962AuditPathForEveryLeafOfEverySizeUpTo70() {
        List<byte[]> leaves = MerkleFixtures.randomLeaves(new Random(2), 70);
        for (int n = 1; n <= 70; n++) {
            MerkleTree tree = MerkleTree.of(leaves.subList(0, n));
            for (int m = 0; m < n; m++) {
                assertEquals(Rfc6962.path(m, leaves.subList(0, n)), tree.proof(m).siblings(), m + " of " + n);
            }
        }
    }

    @Test
    void proofOfAMissingLeafIsRefusedNamingTheIndex() {
        MerkleTree tree = MerkleTree.of(List.of(A, B));
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> tree.proof(-1));
        assertEquals("leaf index -1 is not in a tree of 2 leaves (0 to 1)", e.getMessage());
    }

    // --- honest, then tampered ---

    private final List<byte[]> leaves = MerkleFixtures.randomLeaves(new Random(9), 13);
    private final MerkleTree tree = MerkleTree.of(leaves);
    private final MerkleProof honest = tree.proof(5);

    private Verdict verify(byte[] leaf, MerkleProof proof) {
        return MerkleTree.verify(leaf, proof, tree.root());
    }

    @Test
    void honestProofVerifies() {
        assertTrue(verify(leaves.get(5), honest).isValid());
    }

    @ParameterizedTest(name = "sibling at level {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void flippingABitOfAnySiblingGivesTheWrongRoot(int level) {
        Step step = honest.path().get(level);
        MerkleProof tampered = honest.withStep(level, new Step(MerkleFixtures.flipBit(step.sibling()), step.side()));
        assertTrue(verify(leaves.get(5), tampered).isRejectedFor(MerkleRule.WRONG_ROOT));
    }

    @ParameterizedTest(name = "side at level {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void swappingTheSideOfAnyStepIsRejected(int level) {
        Step step = honest.path().get(level);
        Side other = step.side() == Side.LEFT ? Side.RIGHT : Side.LEFT;
        assertTrue(verify(leaves.get(5), honest.withStep(level, new Step(step.sibling(), other)))
                .isRejectedFor(MerkleRule.WRONG_SIDE));
    }

    @Test
    void claimingAnotherIndexIsRejected() {
        assertTrue(verify(leaves.get(5), honest.withLeafIndex(4)).isRejectedFor(MerkleRule.WRONG_SIDE));
    }

    @Test
    void indexBeyondTheLeafCountIsRejected() {
        assertTrue(verify(leaves.get(5), honest.withLeafIndex(13)).isRejectedFor(MerkleRule.INDEX_OUT_OF_RANGE));
    }

    @Test
    void leafHashGivenAsLeafDataIsRejected() {
        assertTrue(verify(tree.leafHashAt(5).bytes(), honest).isRejectedFor(MerkleRule.WRONG_ROOT));
    }

    @Test
    void anotherRootIsRejected() {
        Verdict v = MerkleTree.verify(leaves.get(5), honest, MerkleFixtures.flipBit(tree.root()));
        assertTrue(v.isRejectedFor(MerkleRule.WRONG_ROOT));
    }

    @Test
    void truncatedPathIsRejected() {
        assertTrue(verify(leaves.get(5), honest.truncated(2)).isRejectedFor(MerkleRule.PATH_TOO_SHORT));
    }

    @Test
    void extendedPathIsRejected() {
        List<Step> longer = new ArrayList<>(honest.path());
        longer.add(new Step(tree.root(), Side.RIGHT));
        assertTrue(verify(leaves.get(5), MerkleProof.of(5, 13, longer)).isRejectedFor(MerkleRule.PATH_TOO_LONG));
    }

    @Test
    void rightEdgeLeafOfAnUnevenTreeHasAShorterPath() {
        assertEquals(4, tree.proof(0).path().size());
        assertEquals(2, tree.proof(12).path().size());
    }

    @Test
    void everyLeafsProofVerifiesAndNoOtherLeafsDoes_seededSizes1to300() {
        Random random = new Random(20_240_102);
        for (int size : MerkleFixtures.sizesUpTo300(random)) {
            List<byte[]> data = MerkleFixtures.randomLeaves(random, size);
            MerkleTree t = MerkleTree.of(data);
            for (int i = 0; i < size; i++) {
                MerkleProof proof = t.proof(i);
                assertTrue(MerkleTree.verify(data.get(i), proof, t.root()).isValid(), i + " of " + size);
                if (size > 1) {
                    int other = (i + 1 + random.nextInt(size - 1)) % size;
                    assertFalse(MerkleTree.verify(data.get(other), proof, t.root()).isValid(),
                            "leaf " + other + " with the proof of " + i + " of " + size);
                }
            }
        }
    }

    /** RFC 6962 section 2.1, written recursively as the RFC states it, to check the iterative tree against. */
    private static final class Rfc6962 {

        static Hash mth(List<byte[]> d) {
            if (d.isEmpty()) {
                return Sha256.hash(new byte[0]);
            }
            if (d.size() == 1) {
                return MerkleTree.leafHash(d.get(0));
            }
            int k = largestPowerOfTwoBelow(d.size());
            return MerkleTree.nodeHash(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
        }

        static List<Hash> path(int m, List<byte[]> d) {
            List<Hash> out = new ArrayList<>();
            if (d.size() == 1) {
                return out;
            }
            int k = largestPowerOfTwoBelow(d.size());
            if (m < k) {
                out.addAll(path(m, d.subList(0, k)));
                out.add(mth(d.subList(k, d.size())));
            } else {
                out.addAll(path(m - k, d.subList(k, d.size())));
                out.add(mth(d.subList(0, k)));
            }
            return out;
        }

        private static int largestPowerOfTwoBelow(int n) {
            return Integer.highestOneBit(n - 1);
        }
    }
}
