package layers.l1.merkle;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.merkle.MerkleProof.Side;
import layers.l1.merkle.MerkleProof.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BitcoinMerkleTreeTest {

    private static final Hash GENESIS_COINBASE =
            Hash.fromDisplayHex("4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b");

    /** Block 100000's transactions, in block order, as explorers show them. */
    private static final List<Hash> BLOCK_100000_TXIDS = Stream.of(
                    "8c14f0db3df150123e6f3dbbf30f8b955a8249b62ac1d1ff16284aefa3d06d87",
                    "fff2525b8931402dd09222c50775608f75787bd2b87e56995a7bdd30f79702c4",
                    "6359f0868171b1d194cbee1af2f16ea598ae8fad666d9b012c8ed2b79a236ec4",
                    "e9a66845e05d5abc0ad04ec80f774a7e585c6e8db975962d069a522137b80c1d")
            .map(Hash::fromDisplayHex).toList();
    private static final Hash BLOCK_100000_ROOT =
            Hash.fromDisplayHex("f3e94742aca4b5ef85488dc37c06c3282295ffec960994b2c0d5ac2a25a95766");

    @Test
    void genesisBlockRootIsItsOnlyTxid() {
        assertEquals(GENESIS_COINBASE, BitcoinMerkleTree.root(List.of(GENESIS_COINBASE)));
    }

    @Test
    void block100000RootFromItsFourTxids() {
        assertEquals(BLOCK_100000_ROOT.toDisplayHex(), BitcoinMerkleTree.root(BLOCK_100000_TXIDS).toDisplayHex());
    }

    @Test
    void keptTreeHasTheSameRootAsTheOneShotComputation() {
        assertEquals(BLOCK_100000_ROOT, BitcoinMerkleTree.of(BLOCK_100000_TXIDS).root());
    }

    @Test
    void everyBlock100000TxidHasAProofToTheMainnetRoot() {
        BitcoinMerkleTree tree = BitcoinMerkleTree.of(BLOCK_100000_TXIDS);
        for (int i = 0; i < 4; i++) {
            assertTrue(BitcoinMerkleTree.verify(BLOCK_100000_TXIDS.get(i), tree.proof(i), BLOCK_100000_ROOT).isValid());
        }
    }

    @Test
    void duplicatingTheLastTxidKeepsTheRoot_CVE_2012_2459() {
        List<Hash> three = BLOCK_100000_TXIDS.subList(0, 3);
        List<Hash> mutated = new ArrayList<>(three);
        mutated.add(three.get(2));
        assertEquals(BitcoinMerkleTree.root(three), BitcoinMerkleTree.root(mutated));
    }

    @Test
    void oddLevelPairsItsLastNodeWithItself() {
        List<Hash> t = BLOCK_100000_TXIDS;
        Hash expected = BitcoinMerkleTree.parent(BitcoinMerkleTree.parent(t.get(0), t.get(1)),
                BitcoinMerkleTree.parent(t.get(2), t.get(2)));
        assertEquals(expected, BitcoinMerkleTree.root(t.subList(0, 3)));
    }

    @Test
    void lastOddLeafHasItselfAsRightSibling() {
        MerkleProof proof = BitcoinMerkleTree.of(BLOCK_100000_TXIDS.subList(0, 3)).proof(2);
        assertEquals(new Step(BLOCK_100000_TXIDS.get(2), Side.RIGHT), proof.path().get(0));
    }

    @Test
    void singleTxidHasAnEmptyProof() {
        MerkleProof proof = BitcoinMerkleTree.of(List.of(GENESIS_COINBASE)).proof(0);
        assertEquals(List.of(), proof.path());
        assertTrue(BitcoinMerkleTree.verify(GENESIS_COINBASE, proof, GENESIS_COINBASE).isValid());
    }

    @Test
    void emptyTxidListIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BitcoinMerkleTree.root(List.of()));
        assertTrue(e.getMessage().contains("at least one txid"), e.getMessage());
    }

    @Test
    void proofOfAMissingLeafIsRefusedNamingTheIndex() {
        BitcoinMerkleTree tree = BitcoinMerkleTree.of(BLOCK_100000_TXIDS);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> tree.proof(4));
        assertEquals("leaf index 4 is not in a tree of 4 leaves (0 to 3)", e.getMessage());
    }

    // --- honest, then tampered ---

    private final List<Hash> leaves = MerkleFixtures.randomHashes(new Random(7), 11);
    private final BitcoinMerkleTree tree = BitcoinMerkleTree.of(leaves);
    private final MerkleProof honest = tree.proof(6);

    private Verdict verify(Hash leaf, MerkleProof proof) {
        return BitcoinMerkleTree.verify(leaf, proof, tree.root());
    }

    @Test
    void honestProofVerifies() {
        assertTrue(verify(leaves.get(6), honest).isValid());
    }

    @ParameterizedTest(name = "sibling at level {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void flippingABitOfAnySiblingGivesTheWrongRoot(int level) {
        Step step = honest.path().get(level);
        MerkleProof tampered = honest.withStep(level, new Step(MerkleFixtures.flipBit(step.sibling()), step.side()));
        assertTrue(verify(leaves.get(6), tampered).isRejectedFor(MerkleRule.WRONG_ROOT));
    }

    @ParameterizedTest(name = "side at level {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    void swappingTheSideOfAnyStepIsRejected(int level) {
        Step step = honest.path().get(level);
        Side other = step.side() == Side.LEFT ? Side.RIGHT : Side.LEFT;
        assertTrue(verify(leaves.get(6), honest.withStep(level, new Step(step.sibling(), other)))
                .isRejectedFor(MerkleRule.WRONG_SIDE));
    }

    @Test
    void claimingAnotherIndexIsRejected() {
        assertTrue(verify(leaves.get(6), honest.withLeafIndex(7)).isRejectedFor(MerkleRule.WRONG_SIDE));
    }

    @Test
    void indexBeyondTheLeafCountIsRejected() {
        assertTrue(verify(leaves.get(6), honest.withLeafIndex(11)).isRejectedFor(MerkleRule.INDEX_OUT_OF_RANGE));
    }

    @Test
    void anotherLeafWithThisProofIsRejected() {
        assertTrue(verify(leaves.get(5), honest).isRejectedFor(MerkleRule.WRONG_ROOT));
    }

    @Test
    void anotherRootIsRejected() {
        Verdict v = BitcoinMerkleTree.verify(leaves.get(6), honest, MerkleFixtures.flipBit(tree.root()));
        assertTrue(v.isRejectedFor(MerkleRule.WRONG_ROOT));
    }

    @Test
    void truncatedPathIsRejected() {
        assertTrue(verify(leaves.get(6), honest.truncated(3)).isRejectedFor(MerkleRule.PATH_TOO_SHORT));
    }

    @Test
    void extendedPathIsRejected() {
        List<Step> longer = new ArrayList<>(honest.path());
        longer.add(new Step(leaves.get(0), Side.RIGHT));
        MerkleProof tampered = MerkleProof.of(6, 11, longer);
        assertTrue(verify(leaves.get(6), tampered).isRejectedFor(MerkleRule.PATH_TOO_LONG));
    }

    @Test
    void everyLeafsProofVerifiesAndNoOtherLeafsDoes_seededSizes1to300() {
        Random random = new Random(20_240_101);
        for (int size : MerkleFixtures.sizesUpTo300(random)) {
            List<Hash> txids = MerkleFixtures.randomHashes(random, size);
            BitcoinMerkleTree t = BitcoinMerkleTree.of(txids);
            assertEquals(BitcoinMerkleTree.root(txids), t.root(), "size " + size);
            for (int i = 0; i < size; i++) {
                MerkleProof proof = t.proof(i);
                assertTrue(BitcoinMerkleTree.verify(txids.get(i), proof, t.root()).isValid(), i + " of " + size);
                if (size > 1) {
                    int other = (i + 1 + random.nextInt(size - 1)) % size;
                    assertNotEquals(i, other);
                    assertTrue(!BitcoinMerkleTree.verify(txids.get(other), proof, t.root()).isValid(),
                            "leaf " + other + " with the proof of " + i + " of " + size);
                }
            }
        }
    }
}
