package layers.exercises.crypto;

import static layers.exercises.crypto.MainnetData.BLOCK_100000;
import static layers.exercises.crypto.MainnetData.BLOCK_100000_TXIDS;
import static layers.exercises.crypto.MainnetData.GENESIS_COINBASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.merkle.BitcoinMerkleTree;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@GradedExercise(
        id = "crypto.merkle-proof",
        title = "Check a Merkle inclusion proof",
        contract = MerkleBranch.class,
        statement = """
                A light client proves that a transaction is in a block from the txid, its position `index` in the \
                block, and its Merkle branch: the sibling hash at each level of the tree, bottom first. Write \
                `rootFromBranch(txid, index, branch)`, which hashes the txid up the branch and returns the root it \
                reaches; the client then compares it with the root in the block's header. Bit `i` of `index` says \
                which side the node is on at level `i`: 0, it is the left child and the parent is \
                `SHA256(SHA256(node || sibling))`; 1, it is the right child and the parent is \
                `SHA256(SHA256(sibling || node))`. An empty branch gives the txid itself. A negative index, or \
                one that does not fit in `branch.size()` bits, is an `IllegalArgumentException`.""",
        hints = {
            "Check the index first: it must be at least 0, and `index >> branch.size()` must be 0 (for a branch of "
                    + "31 or more levels every non-negative `int` fits).",
            "Keep a `Hash node = txid` and a `position = index`. At each level, the low bit `position & 1` says "
                    + "which side the node is on; then `position >>= 1`.",
            "The parent is `Sha256.doubleHash(node.bytes(), sibling.bytes())` when the bit is 0 and "
                    + "`Sha256.doubleHash(sibling.bytes(), node.bytes())` when it is 1."
        })
class MerkleBranchTest {

    private final MerkleBranch branches = Implementation.of(MerkleBranch.class);

    private static final BitcoinMerkleTree BLOCK_100000_TREE = BitcoinMerkleTree.of(BLOCK_100000_TXIDS);

    private static List<Hash> branchOf(BitcoinMerkleTree tree, int index) {
        return tree.proof(index).siblings();
    }

    @Test
    @Points(1)
    @DisplayName("an empty branch: the genesis coinbase is its block's root")
    void emptyBranchGivesTheTxid() {
        assertEquals(GENESIS_COINBASE, branches.rootFromBranch(GENESIS_COINBASE, 0, List.of()),
                "rootFromBranch(genesis coinbase, 0, [])");
    }

    @ParameterizedTest(name = "transaction {0}")
    @ValueSource(ints = {0, 1, 2, 3})
    @Points(2)
    @DisplayName("each of block 100000's txids hashes up to the root in its header")
    void block100000BranchesReachItsRoot(int index) {
        Hash root = branches.rootFromBranch(BLOCK_100000_TXIDS.get(index), index, branchOf(BLOCK_100000_TREE, index));
        assertEquals(BLOCK_100000.merkleRoot(), root.toDisplayHex(),
                "root from transaction " + index + " of block 100000 and its branch (shown in display order)");
    }

    @Test
    @Points(1)
    @DisplayName("the index decides the order: the right branch with a wrong index misses the root")
    void wrongIndexMissesTheRoot() {
        Hash root = branches.rootFromBranch(BLOCK_100000_TXIDS.get(1), 0, branchOf(BLOCK_100000_TREE, 1));
        assertNotEquals(BLOCK_100000.merkleRoot(), root.toDisplayHex(),
                "transaction 1 of block 100000 with its own branch but index 0");
    }

    @Test
    @Points(1)
    @DisplayName("the last txid of an odd level has itself as sibling")
    void oddLastTxidHasItselfAsSibling() {
        List<Hash> three = BLOCK_100000_TXIDS.subList(0, 3);
        Hash left = Sha256.doubleHash(three.get(0).bytes(), three.get(1).bytes());
        List<Hash> branch = List.of(three.get(2), left);
        assertEquals(BitcoinMerkleTree.root(three), branches.rootFromBranch(three.get(2), 2, branch),
                "rootFromBranch(txid 2 of 3, 2, [txid 2 itself, H(txid 0 || txid 1)])");
    }

    @Test
    @Points(1)
    @DisplayName("a negative index is an IllegalArgumentException")
    void negativeIndexIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> branches.rootFromBranch(BLOCK_100000_TXIDS.get(0), -1, branchOf(BLOCK_100000_TREE, 0)),
                "rootFromBranch(txid, -1, a 2-level branch)");
    }
}
