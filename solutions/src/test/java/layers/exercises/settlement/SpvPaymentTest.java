package layers.exercises.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import layers.core.Verdict;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.block.BlockHeader;
import layers.l1.block.BlockRule;
import layers.l1.block.ChainParams;
import layers.l1.block.CompactTarget;
import layers.l1.block.Miner;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.merkle.BitcoinMerkleTree;
import layers.l1.merkle.MerkleProof;
import layers.l1.merkle.MerkleRule;
import layers.l1.settlement.LightClient;
import layers.l1.settlement.SettlementRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "settlement.light-client",
        title = "Check a payment as a light client",
        contract = SpvPayment.class,
        statement = """
                A light client keeps only block headers. Write `verifyPayment(params, headers, txid, proof, \
                blockHash, minConfirmations)`: check every header from genesis in order (`HIGH_HASH` if its hash \
                misses its own target, `PREVIOUS_HASH_MISMATCH` if it does not name the header before it, \
                `Hash.ZERO` for the first, `BAD_DIFFICULTY_BITS` if its bits are not \
                `params.workRequired().nextWorkRequired(headers before it)`); then `UNKNOWN_BLOCK` if no header has \
                hash `blockHash`; then the Merkle proof against that header's root with \
                `BitcoinMerkleTree.verify(txid, proof, root)`, returning its verdict if rejected; then \
                `TOO_FEW_CONFIRMATIONS` if the block and the headers after it number fewer than \
                `minConfirmations`. Return the first rejection, with a detail that says where; valid if all pass. \
                `minConfirmations` below 1 is an `IllegalArgumentException`. Write the checks yourself, not with \
                `LightClient`.""",
        hints = {
            "Loop over the headers with an index `i`: the previous hash is `Hash.ZERO` for `i = 0`, else "
                    + "`headers.get(i - 1).hash()`; the required bits are "
                    + "`params.workRequired().nextWorkRequired(headers.subList(0, i))`.",
            "`Verdict.rejected(BlockRule.HIGH_HASH, \"header \" + i + \": ...\")` makes a rejection; "
                    + "`header.meetsTarget()` checks the proof of work. Check every header, even those after the "
                    + "payment's block: a bad one there means the confirmations are fake.",
            "Remember the index of the header whose `hash()` equals `blockHash`: the proof is checked against its "
                    + "`merkleRoot()`, and its confirmations are `headers.size() - index`."
        })
class SpvPaymentTest {

    private static final ChainParams PARAMS = ChainParams.easy();
    private static final List<Mined> CHAIN = chain(12, 3, 1);
    private static final List<BlockHeader> HEADERS = CHAIN.stream().map(Mined::header).toList();
    private static final Mined PAID = CHAIN.get(7);
    private static final Hash TXID = PAID.txids().get(2);
    private static final MerkleProof PROOF = BitcoinMerkleTree.of(PAID.txids()).proof(2);

    private final SpvPayment spv = Implementation.of(SpvPayment.class);

    /** A header, mined at the easy target, and the txids its Merkle root commits to. */
    private record Mined(BlockHeader header, List<Hash> txids) {
        Hash hash() {
            return header.hash();
        }
    }

    /**
     * {@code blocks} headers from genesis, each committing to 3 to {@code maxTxids + 2} made-up txids: a light
     * client sees nothing else, and no signatures makes the fixture cheap.
     */
    private static List<Mined> chain(int blocks, int maxTxids, long seed) {
        Random random = new Random(seed);
        Miner miner = new Miner(seed);
        List<Mined> chain = new ArrayList<>();
        Hash previous = Hash.ZERO;
        for (int height = 0; height < blocks; height++) {
            List<Hash> txids = new ArrayList<>();
            int count = 3 + random.nextInt(maxTxids);
            for (int t = 0; t < count; t++) {
                txids.add(Sha256.hash(("seed " + seed + ", block " + height + ", tx " + t)
                        .getBytes(StandardCharsets.US_ASCII)));
            }
            BlockHeader template = BlockHeader.of(1, previous, BitcoinMerkleTree.root(txids),
                    1_700_000_000L + 600L * height, PARAMS.workRequired().nextWorkRequired(
                            chain.stream().map(Mined::header).toList()), 0);
            BlockHeader header = miner.mine(template).header();
            chain.add(new Mined(header, List.copyOf(txids)));
            previous = header.hash();
        }
        return chain;
    }

    private static List<BlockHeader> replaced(List<BlockHeader> headers, int at, BlockHeader header) {
        List<BlockHeader> copy = new ArrayList<>(headers);
        copy.set(at, header);
        return copy;
    }

    private static BlockHeader unmined(BlockHeader h) {
        BlockHeader bad = h;
        while (bad.meetsTarget()) {
            bad = bad.withNonce(bad.nonce() + 1);
        }
        return bad;
    }

    private static void assertRejected(Verdict v, Object rule, String what) {
        assertTrue(v.rule().isPresent() && v.rule().get().equals(rule), what + ": expected a rejection for " + rule
                + " but got " + v);
    }

    @Test
    @Points(2)
    @DisplayName("an honest chain, a real proof, 5 confirmations: valid")
    void honestPayment() {
        Verdict v = spv.verifyPayment(PARAMS, HEADERS, TXID, PROOF, PAID.hash(), 5);
        assertTrue(v.isValid(), "payment in block 7 of 12, proof of its txid 2, 5 confirmations required: " + v);
        Mined tip = CHAIN.get(11);
        assertTrue(spv.verifyPayment(PARAMS, HEADERS, tip.txids().get(0), BitcoinMerkleTree.of(tip.txids()).proof(0),
                tip.hash(), 1).isValid(), "the tip's coinbase with 1 confirmation");
    }

    @Test
    @Points(2)
    @DisplayName("each header check: hash above target, wrong link, easier bits")
    void badHeaders() {
        assertRejected(spv.verifyPayment(PARAMS, replaced(HEADERS, 9, unmined(HEADERS.get(9))), TXID, PROOF,
                PAID.hash(), 1), BlockRule.HIGH_HASH, "header 9's nonce changed so its hash misses the target");
        BlockHeader unlinked = new Miner(3).mine(HEADERS.get(9).withPreviousHash(HEADERS.get(7).hash())).header();
        assertRejected(spv.verifyPayment(PARAMS, replaced(HEADERS, 9, unlinked), TXID, PROOF, PAID.hash(), 1),
                BlockRule.PREVIOUS_HASH_MISMATCH, "header 9 re-mined to name header 7");
        BlockHeader easier = new Miner(3).mine(HEADERS.get(9).withBits(CompactTarget.REGTEST)).header();
        assertRejected(spv.verifyPayment(PARAMS, replaced(HEADERS, 9, easier), TXID, PROOF, PAID.hash(), 1),
                BlockRule.BAD_DIFFICULTY_BITS, "header 9 re-mined at an easier target");
    }

    @Test
    @Points(2)
    @DisplayName("an unknown block, a proof of another transaction or block, too few confirmations")
    void badPayments() {
        assertRejected(spv.verifyPayment(PARAMS, HEADERS.subList(0, 7), TXID, PROOF, PAID.hash(), 1),
                SettlementRule.UNKNOWN_BLOCK, "headers 0 to 6 only, payment in block 7");
        assertRejected(spv.verifyPayment(PARAMS, HEADERS, PAID.txids().get(1), PROOF, PAID.hash(), 1),
                MerkleRule.WRONG_ROOT, "txid 1 with the proof of txid 2");
        assertRejected(spv.verifyPayment(PARAMS, HEADERS, TXID, PROOF, CHAIN.get(6).hash(), 1),
                MerkleRule.WRONG_ROOT, "the proof of block 7 against block 6");
        Verdict shallow = spv.verifyPayment(PARAMS, HEADERS, TXID, PROOF, PAID.hash(), 6);
        assertRejected(shallow, SettlementRule.TOO_FEW_CONFIRMATIONS, "block 7 of 12 has 5 confirmations, 6 required");
        assertTrue(shallow.detail().isPresent() && !shallow.detail().get().isBlank(),
                "a rejection says where: " + shallow);
        assertThrows(IllegalArgumentException.class,
                () -> spv.verifyPayment(PARAMS, HEADERS, TXID, PROOF, PAID.hash(), 0), "minConfirmations 0");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("a bad header after the payment's block, and a forged chain at an easy target from genesis")
    void laterHeadersCount() {
        assertRejected(spv.verifyPayment(PARAMS, replaced(HEADERS, 11, unmined(HEADERS.get(11))), TXID, PROOF,
                PAID.hash(), 1), BlockRule.HIGH_HASH, "the tip's hash misses its target");
        List<BlockHeader> forged = new ArrayList<>();
        Miner miner = new Miner(5);
        Hash previous = Hash.ZERO;
        for (BlockHeader h : HEADERS) {
            BlockHeader f = miner.mine(h.withPreviousHash(previous).withBits(CompactTarget.REGTEST)).header();
            forged.add(f);
            previous = f.hash();
        }
        assertRejected(spv.verifyPayment(PARAMS, forged, TXID, PROOF, forged.get(7).hash(), 1),
                BlockRule.BAD_DIFFICULTY_BITS, "a whole chain mined at the regtest target");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("200 seeded random chains and tamperings, against the library's light client")
    void seededRandomCases() {
        Random random = new Random(8);
        for (int c = 0; c < 4; c++) {
            List<Mined> chain = chain(8 + random.nextInt(5), 6, 100 + c);
            List<BlockHeader> headers = chain.stream().map(Mined::header).toList();
            // a header re-mined to name its grandparent, one per chain (mining is the slow part)
            int relinkedAt = 1 + random.nextInt(headers.size() - 1);
            BlockHeader relinked = new Miner(c).mine(headers.get(relinkedAt)
                    .withPreviousHash(headers.get(relinkedAt - 1).previousHash())).header();
            for (int i = 0; i < 50; i++) {
                int at = random.nextInt(chain.size());
                Mined block = chain.get(at);
                int leaf = random.nextInt(block.txids().size());
                Hash txid = block.txids().get(leaf);
                MerkleProof proof = BitcoinMerkleTree.of(block.txids()).proof(leaf);
                List<BlockHeader> given = headers;
                int min = 1 + random.nextInt(chain.size());
                String what;
                switch (random.nextInt(5)) {
                    case 0 -> what = "honest";
                    case 1 -> {
                        int bad = random.nextInt(headers.size());
                        given = replaced(headers, bad, unmined(headers.get(bad)));
                        what = "header " + bad + " unmined";
                    }
                    case 2 -> {
                        given = headers.subList(0, 1 + random.nextInt(headers.size()));
                        what = "first " + given.size() + " headers";
                    }
                    case 3 -> {
                        txid = chain.get(random.nextInt(chain.size())).txids().get(0);
                        what = "the first txid of a random block";
                    }
                    default -> {
                        given = replaced(headers, relinkedAt, relinked);
                        what = "header " + relinkedAt + " linked one back";
                    }
                }
                LightClient reference = new LightClient(PARAMS);
                Verdict expected = reference.acceptHeaders(given);
                if (expected.isValid()) {
                    expected = reference.verifyPayment(txid, proof, block.hash(), min);
                }
                Verdict actual = spv.verifyPayment(PARAMS, given, txid, proof, block.hash(), min);
                assertEquals(expected.rule(), actual.rule(), "chain " + c + ", case #" + i + " (seed 8): " + what
                        + ", payment in block " + at + ", " + min + " confirmations required; got " + actual);
            }
        }
    }
}
