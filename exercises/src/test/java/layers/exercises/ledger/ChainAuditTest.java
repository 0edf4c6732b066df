package layers.exercises.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import layers.exercises.ledger.ChainAudit.Fault;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.block.Block;
import layers.l1.block.BlockRule;
import layers.l1.block.ChainBuilder;
import layers.l1.block.Miner;
import layers.l1.crypto.Sha256;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.Transaction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "ledger.first-invalid-block",
        title = "Find the first block a tampered chain breaks",
        contract = ChainAudit.class,
        statement = """
                Three checks chain blocks together: each header's hash meets the target of its bits (`HIGH_HASH` \
                if not), each header names the hash of the block before it, the zero hash for the first block \
                (`PREVIOUS_HASH_MISMATCH`), and each header carries the Merkle root of its block's transactions \
                (`MERKLE_ROOT_MISMATCH`). Write `firstFault`, which runs them over a chain from its first block, in \
                that order within each block, and returns the first block that fails one (its position in the \
                list and the rule), or empty if none does.""",
        hints = {
            "Walk the list with an index `height`, and keep the hash the next block must name: `Hash.ZERO` before "
                    + "the first block, then `blocks.get(height).hash()`.",
            "A header knows whether it meets its target: `header.meetsTarget()`. A block computes the root its "
                    + "header should carry: `block.computeMerkleRoot()`.",
            "Compare hashes with `equals`, never `==`. Return `Optional.of(new Fault(height, BlockRule.HIGH_HASH))` "
                    + "at the first failed check."
        })
class ChainAuditTest {

    // The x-only key of the private key 1: a fixed miner that costs nothing to compute.
    private static final XOnlyPublicKey MINER =
            XOnlyPublicKey.fromHex("79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
    /** Six valid blocks, genesis first, each holding only its coinbase. */
    private static final List<Block> CHAIN = honestChain();

    private final ChainAudit audit = Implementation.of(ChainAudit.class);

    private static List<Block> honestChain() {
        ChainBuilder builder = ChainBuilder.easy(2024);
        for (int i = 0; i < 6; i++) {
            builder.mine(MINER);
        }
        return builder.blocks();
    }

    /** A copy of the honest chain, to tamper with. */
    private static List<Block> chain() {
        return new ArrayList<>(CHAIN);
    }

    /** Block {@code height} with its coinbase paying 1 BTC less, header unchanged. */
    private static Block changedTransaction(int height) {
        Block block = CHAIN.get(height);
        Amount paid = block.transactions().get(0).outputs().get(0).amount();
        return block.withTransaction(0, Transaction.coinbase(height, paid.minus(Amount.bitcoin(1)), MINER));
    }

    private static Block reMined(Block block) {
        return new Miner(7).mine(block);
    }

    private Optional<Fault> audit(List<Block> blocks) {
        return audit.firstFault(blocks);
    }

    @Test
    @Points(1)
    @DisplayName("an honest chain has no fault")
    void honestChainHasNoFault() {
        assertEquals(Optional.empty(), audit(chain()), "firstFault of six honest blocks");
    }

    @Test
    @Points(2)
    @DisplayName("a changed transaction is a Merkle root mismatch in its block")
    void changedTransactionIsMerkleRootMismatch() {
        List<Block> blocks = chain();
        blocks.set(2, changedTransaction(2));
        assertEquals(Optional.of(new Fault(2, BlockRule.MERKLE_ROOT_MISMATCH)), audit(blocks),
                "firstFault after changing the coinbase of block 2");
    }

    @Test
    @Points(1)
    @DisplayName("a recomputed Merkle root breaks the proof of work")
    void recomputedRootIsHighHash() {
        List<Block> blocks = chain();
        blocks.set(2, changedTransaction(2).withMerkleRootRecomputed());
        assertEquals(Optional.of(new Fault(2, BlockRule.HIGH_HASH)), audit(blocks),
                "firstFault after changing the coinbase of block 2 and recomputing its Merkle root");
    }

    @Test
    @Points(2)
    @DisplayName("a re-mined block breaks the next block's link")
    void reMinedBlockBreaksTheNextLink() {
        List<Block> blocks = chain();
        blocks.set(2, reMined(changedTransaction(2).withMerkleRootRecomputed()));
        assertEquals(Optional.of(new Fault(3, BlockRule.PREVIOUS_HASH_MISMATCH)), audit(blocks),
                "firstFault after changing block 2, recomputing its Merkle root and mining it again");
    }

    @Test
    @Points(1)
    @DisplayName("the first block must name the zero hash as its previous")
    void genesisNamesTheZeroHash() {
        List<Block> blocks = chain();
        Block genesis = blocks.get(0);
        blocks.set(0, reMined(genesis.withHeader(genesis.header().withPreviousHash(
                Sha256.hash("an older block".getBytes(StandardCharsets.US_ASCII))))));
        assertEquals(Optional.of(new Fault(0, BlockRule.PREVIOUS_HASH_MISMATCH)), audit(blocks),
                "firstFault of a chain whose first block names a previous block");
    }
}
