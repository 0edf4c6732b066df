package layers.exercises.crypto;

import static layers.exercises.crypto.MainnetData.BLOCK_100000;
import static layers.exercises.crypto.MainnetData.BLOCK_100000_TXIDS;
import static layers.exercises.crypto.MainnetData.BLOCK_170;
import static layers.exercises.crypto.MainnetData.BLOCK_170_TXIDS;
import static layers.exercises.crypto.MainnetData.GENESIS_COINBASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.merkle.BitcoinMerkleTree;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "crypto.merkle-root",
        title = "Compute a block's Merkle root",
        contract = MerkleRoot.class,
        statement = """
                A Bitcoin block header commits to all of the block's transactions through one hash, the Merkle \
                root. Write `root(txids)`: pair the txids in order, replace each pair by \
                `SHA256(SHA256(left || right))`, and repeat on the parents until one hash is left. When a level has \
                an odd number of nodes, its last node is paired with itself. One txid is its own root; no txids at \
                all is an `IllegalArgumentException` (every block has its coinbase). Leave the caller's list as it \
                was. Source: Bitcoin Core `ComputeMerkleRoot`.""",
        hints = {
            "Work level by level: start with a copy of the txids (`new ArrayList<>(txids)`), and while more than one "
                    + "node is left, replace the level by the list of its parents.",
            "`Sha256.doubleHash(left.bytes(), right.bytes())` is a parent: the double SHA-256 of the two children "
                    + "written one after the other.",
            "For the pair starting at `i`, the right child is `level.get(i + 1)`, or `level.get(i)` itself when `i` "
                    + "is the last index of an odd level."
        })
class MerkleRootTest {

    private final MerkleRoot merkle = Implementation.of(MerkleRoot.class);

    private static Hash parent(Hash left, Hash right) {
        return Sha256.doubleHash(left.bytes(), right.bytes());
    }

    @Test
    @Points(1)
    @DisplayName("one txid is its own root: the genesis block")
    void oneTxidIsItsOwnRoot() {
        assertEquals(GENESIS_COINBASE.toDisplayHex(), merkle.root(List.of(GENESIS_COINBASE)).toDisplayHex(),
                "root of the genesis block's one txid");
    }

    @Test
    @Points(1)
    @DisplayName("two txids: block 170's root")
    void twoTxidsGiveBlock170sRoot() {
        assertEquals(BLOCK_170.merkleRoot(), merkle.root(BLOCK_170_TXIDS).toDisplayHex(),
                "root of block 170's two txids (shown in display order)");
    }

    @Test
    @Points(2)
    @DisplayName("four txids: block 100000's root")
    void fourTxidsGiveBlock100000sRoot() {
        assertEquals(BLOCK_100000.merkleRoot(), merkle.root(BLOCK_100000_TXIDS).toDisplayHex(),
                "root of block 100000's four txids (shown in display order)");
    }

    @Test
    @Points(2)
    @DisplayName("an odd level pairs its last node with itself")
    void oddLevelPairsItsLastNodeWithItself() {
        List<Hash> t = BLOCK_100000_TXIDS;
        Hash expected = parent(parent(t.get(0), t.get(1)), parent(t.get(2), t.get(2)));
        assertEquals(expected, merkle.root(t.subList(0, 3)), "root of block 100000's first three txids");
    }

    @Test
    @Points(1)
    @DisplayName("no txids is an IllegalArgumentException")
    void noTxidsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> merkle.root(List.of()), "root of []");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("the caller's list is left as it was")
    void callersListIsUnchanged() {
        List<Hash> txids = new ArrayList<>(BLOCK_100000_TXIDS);
        txids.add(BLOCK_170_TXIDS.get(1));
        List<Hash> before = List.copyOf(txids);
        merkle.root(txids);
        assertEquals(before, txids, "the list of five txids after root(...)");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("seeded random blocks of 1 to 300 transactions")
    void seededRandomBlocks() {
        Random random = new Random(100_000);
        for (int size = 1; size <= 300; size += 1 + random.nextInt(7)) {
            List<Hash> txids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                byte[] b = new byte[Hash.LENGTH];
                random.nextBytes(b);
                txids.add(Hash.of(b));
            }
            assertEquals(BitcoinMerkleTree.root(txids), merkle.root(txids), "root of " + size + " random txids");
        }
    }
}
