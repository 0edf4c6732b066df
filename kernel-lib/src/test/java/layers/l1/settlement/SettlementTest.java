package layers.l1.settlement;

import layers.core.Verdict;
import layers.l1.block.Block;
import layers.l1.block.BlockHeader;
import layers.l1.block.BlockRule;
import layers.l1.block.ChainParams;
import layers.l1.block.CompactTarget;
import layers.l1.block.Miner;
import layers.l1.crypto.Hash;
import layers.l1.merkle.BitcoinMerkleTree;
import layers.l1.merkle.MerkleProof;
import layers.l1.merkle.MerkleRule;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Full node against light client: honest chains, tampered headers and proofs, and a withheld block. */
class SettlementTest {

    private static final List<Block> CHAIN = DemoChain.build(12, 2, 1);

    @Test
    void aFullNodeVerifiesAndStoresEveryBlock() {
        SyncReport r = FullNode.syncFromGenesis(ChainParams.easy(), CHAIN);
        assertTrue(r.verdict().isValid(), r.verdict().toString());
        assertEquals(12, r.blocks());
        assertEquals(12 + 8 * 2, r.transactions(), "a coinbase per block, two payments from the fifth block");
        assertEquals(CHAIN.stream().mapToLong(b -> b.serialize().length).sum(), r.bytes());
        assertTrue(r.bytesPerSecond() > 0);
    }

    @Test
    void aFullNodeStopsAtAnInvalidBlock() {
        List<Block> tampered = new java.util.ArrayList<>(CHAIN);
        tampered.set(6, CHAIN.get(6).withTransaction(1, CHAIN.get(5).transactions().get(1)));
        SyncReport r = FullNode.syncFromGenesis(ChainParams.easy(), tampered);
        assertTrue(r.verdict().isRejectedFor(BlockRule.MERKLE_ROOT_MISMATCH), r.verdict().toString());
        assertEquals(6, r.blocks());
    }

    @Test
    void aLightClientAcceptsHonestHeadersAndProvesInclusion() {
        LightClient light = LightClient.easy();
        assertTrue(light.acceptHeaders(CHAIN.stream().map(Block::header).toList()).isValid());
        assertEquals(11, light.height());
        assertEquals(12 * 80, light.storageBytes());
        Block b = CHAIN.get(7);
        Hash txid = b.txids().get(2);
        MerkleProof proof = BitcoinMerkleTree.of(b.txids()).proof(2);
        assertTrue(light.verifyInclusion(txid, proof, b.hash()).isValid());
        assertEquals(5, light.confirmations(b.hash()));
        assertTrue(light.verifyInclusion(b.txids().get(1), proof, b.hash()).isRejectedFor(MerkleRule.WRONG_ROOT));
        assertTrue(light.verifyInclusion(txid, proof, CHAIN.get(6).hash()).isRejectedFor(MerkleRule.WRONG_ROOT));
        assertTrue(light.verifyInclusion(txid, proof, Hash.ZERO).isRejectedFor(SettlementRule.UNKNOWN_BLOCK));
    }

    @Test
    void aLightClientCountsAPaymentOnlyWithItsProofAndEnoughConfirmations() {
        LightClient light = LightClient.easy();
        assertTrue(light.acceptHeaders(CHAIN.stream().map(Block::header).toList()).isValid());
        Block b = CHAIN.get(7);
        Hash txid = b.txids().get(1);
        MerkleProof proof = BitcoinMerkleTree.of(b.txids()).proof(1);
        assertTrue(light.verifyPayment(txid, proof, b.hash(), 5).isValid(), "5 confirmations: blocks 7 to 11");
        Verdict tooShallow = light.verifyPayment(txid, proof, b.hash(), 6);
        assertTrue(tooShallow.isRejectedFor(SettlementRule.TOO_FEW_CONFIRMATIONS), tooShallow.toString());
        assertTrue(tooShallow.detail().orElseThrow().contains("has 5 confirmations, 6 required"));
        assertTrue(light.verifyPayment(b.txids().get(2), proof, b.hash(), 1).isRejectedFor(MerkleRule.WRONG_ROOT));
        assertTrue(light.verifyPayment(txid, proof, Hash.ZERO, 1).isRejectedFor(SettlementRule.UNKNOWN_BLOCK));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> light.verifyPayment(txid, proof, b.hash(), 0));
    }

    @Test
    void aLightClientRejectsWhatAHeaderCanShowIsWrong() {
        LightClient light = LightClient.easy();
        light.acceptHeaders(CHAIN.subList(0, 5).stream().map(Block::header).toList());
        BlockHeader next = CHAIN.get(5).header();
        BlockHeader badWork = next;
        while (badWork.meetsTarget()) {
            badWork = badWork.withNonce(badWork.nonce() + 1);
        }
        assertTrue(light.acceptHeader(badWork).isRejectedFor(BlockRule.HIGH_HASH));
        BlockHeader easier = new Miner(3).mine(next.withBits(CompactTarget.REGTEST)).header();
        assertTrue(light.acceptHeader(easier).isRejectedFor(BlockRule.BAD_DIFFICULTY_BITS));
        BlockHeader unlinked = new Miner(3).mine(next.withPreviousHash(CHAIN.get(2).hash())).header();
        assertTrue(light.acceptHeader(unlinked).isRejectedFor(BlockRule.PREVIOUS_HASH_MISMATCH));
        assertTrue(light.acceptHeader(next).isValid(), "the honest header still goes on");
    }

    @Test
    void withheldDataStopsTheFullNodeButNotTheLightClient() {
        DataWithholding.Outcome o = DataWithholding.run(6, 1);
        assertTrue(o.fullNodeWithoutData().isRejectedFor(SettlementRule.DATA_UNAVAILABLE), o.fullNodeWithoutData().toString());
        assertTrue(o.lightClientHeader().isValid(), "the header has valid work and links to the tip");
        assertTrue(o.lightClientPaymentProof().isValid(), "the light client believes the victim was paid");
        assertTrue(o.fullNodeWithData().isRejectedFor(BlockRule.BAD_COINBASE_AMOUNT), o.fullNodeWithData().toString());
        Table t = o.table();
        assertEquals(3, t.rowCount());
        assertTrue(t.stringColumn("fullNode").get(0).contains("DATA_UNAVAILABLE"));
    }

    @Test
    void theFullNodeFollowsABlockOnlyWithItsData() {
        FullNode full = FullNode.easy();
        for (Block b : CHAIN.subList(0, 4)) {
            assertTrue(full.receive(b).isValid());
        }
        Block next = CHAIN.get(4);
        assertTrue(full.receive(next.header(), Optional.empty()).isRejectedFor(SettlementRule.DATA_UNAVAILABLE));
        assertEquals(3, full.height());
        assertTrue(full.receive(next.header(), Optional.of(next)).isValid());
        assertEquals(4, full.height());
    }

    @Test
    void theGuaranteesTableSaysWhatOnlyAFullNodeChecks() {
        Table t = Guarantees.table();
        for (int i = 0; i < t.rowCount(); i++) {
            assertTrue(t.booleanColumn("fullNode").get(i));
        }
        Table onlyFull = t.where(t.booleanColumn("lightClient").isFalse());
        assertEquals(4, onlyFull.rowCount());
        assertTrue(onlyFull.stringColumn("check").asList().stream().anyMatch(s -> s.contains("data availability")));
    }

    @Test
    void theCostOfVerifyingGrowsWithHistoryAndExtrapolates() {
        Table m = FullNodeCost.measure(new int[] {5, 10, 20}, 2, 2);
        assertEquals(3, m.rowCount());
        assertTrue(m.longColumn("storageBytes").get(0) < m.longColumn("storageBytes").get(1));
        assertTrue(m.longColumn("storageBytes").get(1) < m.longColumn("storageBytes").get(2));
        SyncReport fastest = FullNodeCost.fastestRun(m);
        int best = 0;
        for (int i = 1; i < 3; i++) {
            best = m.doubleColumn("bytesPerSecond").get(i) > m.doubleColumn("bytesPerSecond").get(best) ? i : best;
        }
        assertEquals(m.intColumn("blocks").get(best), fastest.blocks());
        assertEquals(m.longColumn("storageBytes").get(best), fastest.bytes());
        assertEquals(m.doubleColumn("bytesPerSecond").get(best), fastest.bytesPerSecond(),
                1e-6 * fastest.bytesPerSecond());
        SyncReport measured = new SyncReport(10, 30, 1_000_000, 1_000_000_000L, Verdict.valid()); // 1 MB/s
        Table e = FullNodeCost.extrapolate(measured, ChainSize.bitcoin2023(), 2);
        assertEquals(500, e.doubleColumn("chainGB").get(0), 1e-9);
        assertEquals(500 + 2 * 365 * 0.4, e.doubleColumn("chainGB").get(2), 1e-9);
        assertEquals(500e9 / 1e6 / 3600, e.doubleColumn("initialSyncHours").get(0), 1e-6);
    }

    @Test
    void finalityTakesTwoEpochsUnderProofOfStakeAndSixBlocksMeanAnHour() {
        assertEquals(768, TimeToFinality.posFinalitySeconds());
        assertEquals(12.8, TimeToFinality.posFinalitySeconds() / 60.0, 1e-12);
        assertEquals(1_152, TimeToFinality.posWorstCaseSeconds());
        assertEquals(3_600, TimeToFinality.powSeconds(6));
        // the whitepaper: q = 0.1 needs z = 5 for P < 0.1%
        assertEquals(5 * 600, TimeToFinality.powSecondsFor(0.1, 0.001));
        Table t = TimeToFinality.table(0.1, 1, 3, 6);
        assertEquals(5, t.rowCount());
        assertTrue(t.doubleColumn("attackerSuccess").get(0) > t.doubleColumn("attackerSuccess").get(2));
        assertFalse(t.doubleColumn("attackerSuccess").get(2) == 0);
    }
}
