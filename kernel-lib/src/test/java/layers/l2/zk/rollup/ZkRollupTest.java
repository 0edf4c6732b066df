package layers.l2.zk.rollup;

import layers.core.Verdict;
import layers.l2.zk.air.AirRule;
import layers.l2.zk.air.TraceTable;
import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.stark.StarkProver;
import layers.l2.zk.stark.StarkParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZkRollupTest {

    private static final StarkParameters PARAMS = new StarkParameters(8, 12, 4, 4);
    private static final ZkRollupState GENESIS = ZkRollupState.genesis(0, 1000, 500, 250);
    private static final List<ZkTransfer> BATCH = List.of(
            new ZkTransfer(1, 2, 100, 0),
            new ZkTransfer(2, 3, 50, 0),
            new ZkTransfer(1, 0, 30, 1),   // a withdrawal of 30 by account 1
            new ZkTransfer(3, 1, 300, 0),
            new ZkTransfer(2, 1, 550, 1));

    private static ZkBatchSubmission honest(ZkDataAvailability mode) {
        return new ZkRollupOperator(GENESIS, PARAMS).prove(BATCH, mode);
    }

    @ParameterizedTest
    @EnumSource(ZkDataAvailability.class)
    void honestBatchIsAcceptedAndItsWithdrawalPaidAtOnce(ZkDataAvailability mode) {
        ZkRollupContract contract = new ZkRollupContract(GENESIS.root(), PARAMS);
        ZkBatchSubmission s = honest(mode);
        Verdict v = contract.submitBatch(s, 1_000);
        assertTrue(v.isValid(), v.toString());
        assertEquals(GENESIS.apply(new ZkBatch(BATCH)).root(), contract.stateRoot());
        assertEquals(List.of(new ZkPayout(1, 30, 1_000)), contract.payouts(), "paid in the same L1 second");
        assertEquals(GENESIS.totalSupply(), s.next().totalSupply(), "value is conserved (the bridge holds 30)");
    }

    @Test
    void dataModeDecidesWhatGoesOnL1() {
        ZkBatchSubmission calldata = honest(ZkDataAvailability.CALLDATA);
        ZkBatchSubmission blob = honest(ZkDataAvailability.BLOB);
        ZkBatchSubmission validium = honest(ZkDataAvailability.OFF_CHAIN);
        assertEquals(50, new ZkBatch(BATCH).dataBytes().length);
        assertEquals(50, blob.blobData().length);
        assertEquals(0, calldata.blobData().length);
        assertEquals(0, validium.blobData().length);
        assertEquals(0, validium.data().length);
        assertEquals(calldata.calldata().length - calldata.proof().length - 50,
                blob.calldata().length - blob.proof().length);
        assertEquals(1, blob.blobs());
        assertEquals(0, calldata.blobs());
        assertEquals(layers.l1.blobs.CalldataGas.dataGas(calldata.calldata()), calldata.calldataGas());
        assertEquals(calldata.proof().length, blob.proof().length, "the same proof shape in both modes");
        assertTrue(calldata.calldataGas() > blob.calldataGas(), "the data's 50 bytes cost calldata gas");
    }

    @Test
    void aSecondBatchBuildsOnTheFirst() {
        ZkRollupOperator op = new ZkRollupOperator(GENESIS, PARAMS);
        ZkRollupContract contract = new ZkRollupContract(GENESIS.root(), PARAMS);
        ZkBatchSubmission first = op.prove(BATCH, ZkDataAvailability.BLOB);
        ZkBatchSubmission second = op.prove(List.of(new ZkTransfer(1, 3, 10, 2)), ZkDataAvailability.BLOB);
        assertTrue(contract.submitBatch(second, 5).isRejectedFor(ZkRollupRule.WRONG_PREVIOUS_ROOT),
                "out of order");
        assertTrue(contract.submitBatch(first, 5).isValid());
        assertTrue(contract.submitBatch(second, 6).isValid());
        assertTrue(contract.submitBatch(first, 7).isRejectedFor(ZkRollupRule.WRONG_PREVIOUS_ROOT), "replayed");
        assertEquals(2, contract.batchesAccepted());
    }

    @Test
    void operatorRefusesEachKindOfInvalidTransferNamingTheRule() {
        ZkRollupOperator op = new ZkRollupOperator(GENESIS, PARAMS);
        assertRefused(op, new ZkTransfer(1, 2, 1001, 0), "OVERSPEND");
        assertRefused(op, new ZkTransfer(1, 2, 10, 1), "WRONG_NONCE");
        assertRefused(op, new ZkTransfer(1, 1, 10, 0), "SELF_TRANSFER");
        assertRefused(op, new ZkTransfer(1, 9, 10, 0), "UNKNOWN_ACCOUNT");
        assertEquals(GENESIS, op.state(), "nothing was applied");
    }

    private static void assertRefused(ZkRollupOperator op, ZkTransfer t, String rule) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> op.prove(List.of(t), ZkDataAvailability.CALLDATA));
        assertTrue(e.getMessage().contains(rule), e.getMessage());
    }

    @Test
    void airNamesTheBrokenRuleOfACheatersTrace() {
        int n = 8;
        // Overspend hidden inside the batch: the final state is plausible, the path is not.
        List<ZkTransfer> overspend = List.of(new ZkTransfer(3, 2, 400, 0), new ZkTransfer(2, 3, 400, 0));
        TraceTable t = ZkRollupAir.traceWithoutRules(GENESIS, new ZkBatch(overspend), n);
        ZkRollupAir air = ZkRollupAir.forRollup(GENESIS, ZkRollupState.of(GENESIS.balances(), new long[] {0, 0, 1, 1}),
                new ZkBatch(overspend), n);
        Verdict v = air.check(t);
        assertTrue(v.isRejectedFor(AirRule.TRANSITION), v.toString());
        assertTrue(v.detail().orElseThrow().contains("no overspend"), v.toString());

        List<ZkTransfer> replay = List.of(new ZkTransfer(1, 2, 10, 0), new ZkTransfer(1, 2, 10, 0));
        TraceTable r = ZkRollupAir.traceWithoutRules(GENESIS, new ZkBatch(replay), n);
        ZkRollupAir rAir = ZkRollupAir.forRollup(GENESIS,
                ZkRollupState.of(new long[] {0, 980, 520, 250}, new long[] {0, 2, 0, 0}), new ZkBatch(replay), n);
        Verdict rv = rAir.check(r);
        assertTrue(rv.detail().orElseThrow().contains("current nonce"), rv.toString());
    }

    @Test
    void cheatingOperatorsHiddenOverspendIsRejectedByTheContract() {
        List<ZkTransfer> overspend = List.of(new ZkTransfer(3, 2, 400, 0), new ZkTransfer(2, 3, 400, 0));
        ZkRollupState claimed = ZkRollupState.of(GENESIS.balances(), new long[] {0, 0, 1, 1});
        ZkBatchSubmission forged = ZkRollupOperator.forge(GENESIS, claimed, overspend, ZkDataAvailability.CALLDATA,
                PARAMS);
        ZkRollupContract contract = new ZkRollupContract(GENESIS.root(), PARAMS);
        Verdict v = contract.submitBatch(forged, 1);
        assertTrue(v.isRejectedFor(ZkRollupRule.INVALID_PROOF), v.toString());
        assertEquals(GENESIS.root(), contract.stateRoot(), "a rejected batch changes nothing");
    }

    @ParameterizedTest
    @EnumSource(ZkDataAvailability.class)
    void claimingAStateTheTransfersDoNotReachIsRejected(ZkDataAvailability mode) {
        ZkBatchSubmission s = honest(mode);
        long[] b = s.next().balances();
        b[3] += 1; // one unit moved that no transfer moved
        b[1] -= 1;
        ZkRollupState wrong = ZkRollupState.of(b, s.next().nonces());
        ZkRollupContract contract = new ZkRollupContract(GENESIS.root(), PARAMS);
        assertTrue(contract.submitBatch(s.withNext(wrong), 1).isRejectedFor(ZkRollupRule.INVALID_PROOF));
        // Even a prover that proves the wrong state "honestly" fails: the trace ends elsewhere.
        ZkBatchSubmission forged = ZkRollupOperator.forge(GENESIS, wrong, BATCH, mode, PARAMS);
        assertTrue(contract.submitBatch(forged, 1).isRejectedFor(ZkRollupRule.INVALID_PROOF));
        long[] minted = s.next().balances();
        minted[3] += 1; // one unit from nowhere
        assertTrue(contract.submitBatch(s.withNext(ZkRollupState.of(minted, s.next().nonces())), 1)
                .isRejectedFor(ZkRollupRule.INVALID_PROOF));
        assertTrue(contract.submitBatch(s, 1).isValid());
    }

    @Test
    void validiumCannotHideANegativeAmount() {
        // Account 1 "sends" p − 5 to account 2: in the field that moves 5 from 2 to 1. The data is private in a
        // validium, so only the AIR's range check on the amount can stop it.
        int n = 8;
        ZkBatch batch = new ZkBatch(List.of(new ZkTransfer(1, 2, 5, 0)));
        ZkRollupAir shape = ZkRollupAir.forRollup(GENESIS, GENESIS.apply(batch), batch, n);
        TraceTable t = ZkRollupAir.traceWithoutRules(GENESIS, batch, n);
        t = t.withValue(0, shape.amount(), Goldilocks.P - 5);
        for (int row = 1; row < n; row++) {
            t = t.withValue(row, shape.balance(1), GENESIS.balance(1) + 5);
            t = t.withValue(row, shape.balance(2), GENESIS.balance(2) - 5);
        }
        long senderAfter = GENESIS.balance(1) + 5;
        for (int j = 0; j < 32; j++) {
            t = t.withValue(0, shape.bit(j), (senderAfter >>> j) & 1);
        }
        ZkRollupState stolen = ZkRollupState.of(new long[] {0, 1005, 495, 250}, new long[] {0, 1, 0, 0});
        ZkRollupAir claim = ZkRollupAir.forValidium(GENESIS, stolen, 1, batch.dataHash().bytes(), List.of(), n);
        Verdict v = claim.check(t);
        assertTrue(v.detail().orElseThrow().contains("the amount is the number its 32 bits write"), v.toString());
        ZkBatchSubmission forged = new ZkBatchSubmission(GENESIS, stolen, 1, new byte[0], batch.dataHash(), List.of(),
                ZkDataAvailability.OFF_CHAIN, new StarkProver(PARAMS).proveUnchecked(claim, t).toBytes());
        assertTrue(new ZkRollupContract(GENESIS.root(), PARAMS).submitBatch(forged, 1)
                .isRejectedFor(ZkRollupRule.INVALID_PROOF));
    }

    @Test
    void changedPostedDataIsRejected() {
        ZkBatchSubmission s = honest(ZkDataAvailability.CALLDATA);
        byte[] data = s.data();
        data[5] ^= 1; // an amount byte
        assertTrue(new ZkRollupContract(GENESIS.root(), PARAMS).submitBatch(s.withData(data), 1)
                .isRejectedFor(ZkRollupRule.DATA_MISMATCH));
        assertTrue(new ZkRollupContract(GENESIS.root(), PARAMS).submitBatch(s.withData(new byte[7]), 1)
                .isRejectedFor(ZkRollupRule.DATA_MISMATCH));
    }

    @Test
    void validiumProofIsBoundToItsDataHash() {
        ZkBatchSubmission s = honest(ZkDataAvailability.OFF_CHAIN);
        ZkBatchSubmission otherHash = new ZkBatchSubmission(s.previous(), s.next(), s.batchSize(), s.data(),
                layers.l1.crypto.Sha256.hash(new byte[] {1}), s.withdrawals(), s.mode(), s.proof());
        assertTrue(new ZkRollupContract(GENESIS.root(), PARAMS).submitBatch(otherHash, 1)
                .isRejectedFor(ZkRollupRule.INVALID_PROOF));
        ZkBatchSubmission stolenWithdrawal = new ZkBatchSubmission(s.previous(), s.next(), s.batchSize(), s.data(),
                s.dataHash(), List.of(new ZkWithdrawal(2, 3, 30)), s.mode(), s.proof());
        assertTrue(new ZkRollupContract(GENESIS.root(), PARAMS).submitBatch(stolenWithdrawal, 1)
                .isRejectedFor(ZkRollupRule.INVALID_PROOF), "the withdrawal paid to another account");
    }

    @Test
    void flippedBytesOfABatchProofAreRejected() {
        ZkBatchSubmission s = honest(ZkDataAvailability.BLOB);
        byte[] proof = s.proof();
        SplittableRandom rng = new SplittableRandom(11);
        for (int k = 0; k < 60; k++) {
            int i = rng.nextInt(proof.length);
            byte[] copy = proof.clone();
            copy[i] ^= (byte) (1 << rng.nextInt(8));
            Verdict v = new ZkRollupContract(GENESIS.root(), PARAMS).submitBatch(s.withProof(copy), 1);
            assertFalse(v.isValid(), "byte " + i);
            assertTrue(v.isRejectedFor(ZkRollupRule.INVALID_PROOF), v.toString());
        }
    }

    @Test
    void stateRefusesAnOversizedSupplyAndBadShapes() {
        assertThrows(IllegalArgumentException.class, () -> ZkRollupState.genesis(1L << 31, 1L << 31));
        assertThrows(IllegalArgumentException.class, () -> ZkRollupState.genesis(1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> ZkRollupState.genesis(1, -2));
    }

    @Test
    void transferBytesRoundTripAndBoundTheAmount() {
        ZkTransfer t = new ZkTransfer(3, 0, 0xFFFF_FFFFL, 7);
        assertEquals(t, ZkTransfer.fromBytes(t.toBytes(), 0));
        assertThrows(IllegalArgumentException.class, () -> new ZkTransfer(1, 2, 1L << 32, 0));
        assertEquals(new ZkBatch(BATCH), ZkBatch.fromBytes(new ZkBatch(BATCH).dataBytes()));
    }
}
