package layers.l2.validium;

import layers.core.Verdict;
import layers.l1.crypto.Sha256;
import layers.l1.keys.PrivateKey;
import layers.l2.da.AvailabilityAttestation;
import layers.l2.da.DaCommittee;
import layers.l2.quorum.QuorumRule;
import layers.l2.zk.rollup.ZkBatch;
import layers.l2.zk.rollup.ZkBatchSubmission;
import layers.l2.zk.rollup.ZkDataAvailability;
import layers.l2.zk.rollup.ZkPayout;
import layers.l2.zk.rollup.ZkRollupOperator;
import layers.l2.zk.rollup.ZkRollupRule;
import layers.l2.zk.rollup.ZkRollupState;
import layers.l2.zk.rollup.ZkTransfer;
import layers.l2.zk.stark.StarkParameters;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidiumTest {

    static final StarkParameters PARAMS = new StarkParameters(8, 12, 4, 4);
    static final ZkRollupState GENESIS = ZkRollupState.genesis(0, 1000, 500, 250);
    static final List<ZkTransfer> FIRST = List.of(
            new ZkTransfer(1, 2, 100, 0),
            new ZkTransfer(2, 3, 50, 0),
            new ZkTransfer(1, 0, 30, 1));
    static final List<ZkTransfer> SECOND = List.of(new ZkTransfer(3, 1, 300, 0));

    static List<PrivateKey> keys(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return IntStream.range(0, n).mapToObj(i -> PrivateKey.random(rng)).toList();
    }

    private static void assertRejected(Enum<?> rule, Verdict v, String what) {
        assertTrue(v.rule().isPresent() && v.rule().get() == rule, what + ": expected " + rule + " but got " + v);
    }

    @Test
    void aWithholdingCommitteeFreezesValidiumUsersWhileRollupUsersExit() {
        ZkChain rollup = ZkChain.rollup(GENESIS, PARAMS, ZkDataAvailability.BLOB);
        ZkChain validium = ZkChain.validium(GENESIS, PARAMS, DaCommittee.of(keys(5, 3), 3));
        for (ZkChain chain : List.of(rollup, validium)) {
            assertTrue(chain.submit(FIRST, 10).isValid());
            assertTrue(chain.submit(SECOND, 20).isValid());
            assertEquals(List.of(new ZkPayout(1, 30, 10)), chain.contract().withdrawals());
        }
        validium.contract().committee().orElseThrow().withholdFirst(5);

        ExitProofBuilder.Attempt fromRollup = rollup.haltAndBuildExit(3);
        assertTrue(fromRollup.verdict().isValid(), fromRollup.verdict().toString());
        ExitClaim claim = fromRollup.claim().orElseThrow();
        assertEquals(rollup.operatorState().balance(3), claim.balance());
        assertTrue(rollup.contract().exit(claim, 100).isValid());
        assertEquals(List.of(new ZkPayout(3, rollup.operatorState().balance(3), 100)), rollup.contract().exits());

        ExitProofBuilder.Attempt fromValidium = validium.haltAndBuildExit(3);
        assertRejected(ValidiumRule.DATA_WITHHELD, fromValidium.verdict(), "every member withholds");
        assertTrue(fromValidium.verdict().detail().get().startsWith("batch 0's data"),
                fromValidium.verdict().toString());
        assertTrue(fromValidium.claim().isEmpty());
    }

    @Test
    void oneServingMemberIsEnoughToExit() {
        DaCommittee committee = DaCommittee.of(keys(5, 4), 3);
        ZkChain validium = ZkChain.validium(GENESIS, PARAMS, committee);
        assertTrue(validium.submit(FIRST, 10).isValid());
        committee.withholdFirst(4);
        ExitProofBuilder.Attempt a = validium.haltAndBuildExit(2);
        assertTrue(a.verdict().isValid(), a.verdict().toString());
        assertTrue(validium.contract().exit(a.claim().get(), 50).isValid());
    }

    @Test
    void theHatchChecksEachClaim() {
        ZkChain rollup = ZkChain.rollup(GENESIS, PARAMS, ZkDataAvailability.CALLDATA);
        assertTrue(rollup.submit(FIRST, 10).isValid());
        ExitClaim honest = ExitProofBuilder.build(rollup.contract(), 2).claim().orElseThrow();
        assertRejected(ValidiumRule.NOT_FROZEN, rollup.contract().exit(honest, 11), "before the freeze");
        rollup.contract().freeze();
        assertRejected(ValidiumRule.NOT_IN_STATE, rollup.contract().exit(honest.withBalance(honest.balance() + 1), 12),
                "a balance one too high");
        ExitClaim bridge = ExitProofBuilder.build(rollup.contract(), 0).claim().orElseThrow();
        assertRejected(ValidiumRule.BRIDGE_ACCOUNT, rollup.contract().exit(bridge, 12), "the bridge account");
        assertTrue(rollup.contract().exit(honest, 13).isValid());
        assertRejected(ValidiumRule.FROZEN, rollup.submit(SECOND, 13), "a batch after the freeze");
        assertRejected(ValidiumRule.ALREADY_EXITED, rollup.contract().exit(honest, 14), "twice");
    }

    @Test
    void aValidiumBatchNeedsAValidAttestation() {
        List<PrivateKey> k = keys(5, 6);
        DaCommittee committee = DaCommittee.of(k, 3);
        ZkChainContract contract = ZkChainContract.validium(GENESIS, PARAMS, committee);
        ZkBatchSubmission s = new ZkRollupOperator(GENESIS, PARAMS).prove(FIRST, ZkDataAvailability.OFF_CHAIN);
        byte[] data = new ZkBatch(FIRST).dataBytes();
        AvailabilityAttestation honest = committee.store(data);

        assertRejected(ValidiumRule.MISSING_ATTESTATION, contract.submitBatch(s, Optional.empty(), 1), "none");
        Verdict tooFew = contract.submitBatch(s, Optional.of(honest.firstSignatures(2)), 1);
        assertRejected(ValidiumRule.ATTESTATION_REJECTED, tooFew, "two of five");
        assertTrue(tooFew.detail().get().contains(QuorumRule.TOO_FEW_SIGNATURES.name()), tooFew.toString());
        Verdict otherData = contract.submitBatch(s, Optional.of(committee.store("other".getBytes())), 1);
        assertRejected(ValidiumRule.ATTESTATION_REJECTED, otherData, "an attestation of other data");
        ZkBatchSubmission blob = new ZkRollupOperator(GENESIS, PARAMS).prove(FIRST, ZkDataAvailability.BLOB);
        assertRejected(ValidiumRule.WRONG_DATA_MODE, contract.submitBatch(blob, Optional.of(honest), 1),
                "a blob batch");
        assertRejected(ZkRollupRule.INVALID_PROOF, contract.submitBatch(s.withProof(new byte[s.proof().length]),
                Optional.of(honest), 1), "a zeroed proof with a good attestation");
        assertTrue(contract.submitBatch(s, Optional.of(honest), 1).isValid());
        assertEquals(Sha256.hash(data), contract.batches().get(0).dataHash());
        assertEquals(0, contract.batches().get(0).postedData().length, "a validium posts no data");
    }

    @Test
    void aVolitionFreezesOnlyTheAccountsThatChoseTheCommittee() {
        DaCommittee committee = DaCommittee.of(keys(3, 8), 2);
        Volition v = Volition.of(GENESIS, ZkRollupState.genesis(0, 400, 400, 400), committee, PARAMS);
        assertTrue(v.submit(DataChoice.ON_CHAIN, FIRST, 10).isValid());
        assertTrue(v.submit(DataChoice.COMMITTEE, List.of(new ZkTransfer(1, 2, 50, 0)), 10).isValid());
        var before = v.commitment();
        committee.withholdFirst(3);
        assertTrue(v.haltAndBuildExit(DataChoice.ON_CHAIN, 2).verdict().isValid());
        assertRejected(ValidiumRule.DATA_WITHHELD, v.haltAndBuildExit(DataChoice.COMMITTEE, 2).verdict(),
                "committee side");
        assertEquals(before, v.commitment());
        assertFalse(v.side(DataChoice.ON_CHAIN).contract().batches().isEmpty());
    }
}
