package layers.l2.rollup;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.fees.Wei;
import layers.l1.merkle.MerkleProof;
import layers.l1.network.SimTime;
import org.junit.jupiter.api.Test;

import java.util.List;

import static layers.l2.rollup.RollupKit.ALICE;
import static layers.l2.rollup.RollupKit.BOB;
import static layers.l2.rollup.RollupKit.withdraw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollupInboxTest {

    @Test
    void aDepositLocksEtherInTheBridge() {
        RollupKit k = RollupKit.arbitrum();
        DelayedMessage.Deposit d = k.inbox.deposit(ALICE, BOB, Wei.ether(10), k.advance(30));
        assertEquals(0, d.index());
        assertEquals(2, d.l1Block());
        assertEquals(Wei.ether(90), k.inbox.l1Balance(ALICE));
        assertEquals(Wei.ether(10), k.inbox.bridgeBalance());
        var e = assertThrows(IllegalArgumentException.class,
                () -> k.inbox.deposit(ALICE, ALICE, Wei.ether(1_000), k.advance(1)));
        assertTrue(e.getMessage().contains("deposit of 1000"), e.getMessage());
        assertEquals(Wei.ether(90), k.inbox.l1Balance(ALICE));
    }

    @Test
    void onlyTheBatchPosterPostsAndDelayedCountsMoveForwardWithinWhatArrived() {
        RollupKit k = RollupKit.arbitrum();
        k.inbox.deposit(ALICE, ALICE, Wei.ether(1), k.advance(12));
        assertTrue(k.inbox.postBatch(ALICE, new byte[1], 0, k.advance(1)).isRejectedFor(InboxRule.NOT_BATCH_POSTER));
        assertTrue(k.inbox.postBatch(k.config.batchPoster(), new byte[1], 2, k.now)
                .isRejectedFor(InboxRule.DELAYED_TOO_FAR));
        assertTrue(k.inbox.postBatch(k.config.batchPoster(), new byte[1], 1, k.now).isValid());
        Verdict back = k.inbox.postBatch(k.config.batchPoster(), new byte[1], 0, k.now);
        assertTrue(back.isRejectedFor(InboxRule.DELAYED_BACKWARDS), back.toString());
        assertEquals(1, k.inbox.entries().size());
    }

    @Test
    void forceInclusionOpensExactlyAtTheDelay() {
        RollupKit k = RollupKit.arbitrum();
        assertTrue(k.inbox.forceInclusion(k.advance(1)).isRejectedFor(InboxRule.NOTHING_TO_FORCE_INCLUDE));
        DelayedMessage m = k.inbox.submitForcedTransaction(RollupKit.transfer(ALICE, 0, BOB, 1), k.advance(60));
        SimTime opens = m.submittedAt().plus(RollupConfig.ARBITRUM_FORCE_INCLUSION_DELAY);
        Verdict early = k.inbox.forceInclusion(opens.minus(SimTime.ofMicros(1)));
        assertTrue(early.isRejectedFor(InboxRule.FORCE_INCLUDE_TOO_SOON), early.toString());
        assertTrue(early.detail().orElseThrow().contains("24 h"), early.toString());
        assertTrue(k.inbox.forceInclusion(opens).isValid());
        assertEquals(SequencerInboxEntry.Kind.FORCED_INCLUSION, k.inbox.entries().get(0).kind());
        assertEquals(1, k.inbox.totalDelayedMessagesRead());
    }

    @Test
    void theInboxRecordsWhenEachDelayedMessageWasSequenced() {
        RollupKit k = RollupKit.arbitrum();
        k.inbox.deposit(ALICE, ALICE, Wei.ether(1), k.advance(12));
        k.inbox.deposit(BOB, BOB, Wei.ether(1), k.advance(12));
        assertTrue(k.inbox.postBatch(k.config.batchPoster(), new byte[1], 1, k.advance(60)).isValid());
        SimTime first = k.now;
        assertEquals(java.util.Optional.of(first), k.inbox.sequencedAt(0));
        assertTrue(k.inbox.sequencedAt(1).isEmpty());
        assertTrue(k.inbox.postBatch(k.config.batchPoster(), new byte[1], 2, k.advance(60)).isValid());
        assertEquals(java.util.Optional.of(k.now), k.inbox.sequencedAt(1));
        assertThrows(IllegalArgumentException.class, () -> k.inbox.sequencedAt(2));
        L1PostedData one = k.inbox.postedData().firstEntries(1);
        assertEquals(1, one.entries().size());
        assertEquals(k.inbox.entries().get(0).accumulator(), one.sequencerAccumulator());
        assertEquals(Hash.ZERO, k.inbox.postedData().firstEntries(0).sequencerAccumulator());
        assertThrows(IllegalArgumentException.class, () -> k.inbox.postedData().firstEntries(3));
    }

    @Test
    void theOpStackPresetForcesInAfterTwelveHours() {
        RollupKit k = new RollupKit(RollupConfig.opStack());
        k.inbox.submitForcedTransaction(RollupKit.transfer(ALICE, 0, BOB, 1), SimTime.ZERO);
        assertFalse(k.inbox.forceInclusion(RollupConfig.hours(11.99)).isValid());
        assertTrue(k.inbox.forceInclusion(RollupConfig.hours(12)).isValid());
    }

    /** Alice deposits 10, withdraws 4 on L2; the sequencer posts the batch and a commitment. */
    private static RollupKit withAWithdrawal() {
        RollupKit k = RollupKit.arbitrum();
        k.depositAndPost(ALICE, 10);
        k.sequencer.submit(withdraw(ALICE, 0, 4), k.now);
        k.block();
        k.post();
        k.sequencer.postStateCommitment(k.advance(12));
        return k;
    }

    @Test
    void anHonestWithdrawalProofPaysOutOnceAfterSevenDays() {
        RollupKit k = withAWithdrawal();
        WithdrawalProof proof = k.sequencer.head().proveWithdrawal(0, k.sequencer.head().height(), 0);
        SimTime finalAt = k.inbox.commitment(0).orElseThrow().postedAt().plus(RollupConfig.SEVEN_DAYS);
        Verdict early = k.inbox.finalizeWithdrawal(proof, finalAt.minus(SimTime.ofMicros(1)));
        assertTrue(early.isRejectedFor(WithdrawalRule.NOT_FINAL), early.toString());
        assertEquals(Wei.ether(90), k.inbox.l1Balance(ALICE));
        assertTrue(k.inbox.finalizeWithdrawal(proof, finalAt).isValid());
        assertEquals(Wei.ether(94), k.inbox.l1Balance(ALICE));
        assertEquals(Wei.ether(6), k.inbox.bridgeBalance());
        assertTrue(k.inbox.finalizeWithdrawal(proof, finalAt).isRejectedFor(WithdrawalRule.ALREADY_FINALIZED));
        assertEquals(Wei.ether(94), k.inbox.l1Balance(ALICE));
        StateEntryProof anyEntry = new StateEntryProof() {
            public layers.l1.execution.StateKey key() {
                return proof.withdrawal().sentMessageKey();
            }

            public java.math.BigInteger value() {
                return java.math.BigInteger.ONE;
            }

            public Verdict verify(layers.l1.crypto.Hash stateRoot) {
                return Verdict.valid();
            }
        };
        Verdict stateProof = k.inbox.verifyWithdrawal(new StateWithdrawalProof(0, proof.withdrawal(), anyEntry,
                proof.outputRoot()), finalAt);
        assertTrue(stateProof.isRejectedFor(WithdrawalRule.STATE_PROOF_NOT_SUPPORTED), "this inbox's bridge reads "
                + "the withdrawals root: " + stateProof);
    }

    @Test
    void everyKindOfForgedWithdrawalProofIsRefused() {
        RollupKit k = withAWithdrawal();
        WithdrawalProof p = k.sequencer.head().proveWithdrawal(0, k.sequencer.head().height(), 0);
        SimTime late = k.now.plus(RollupConfig.SEVEN_DAYS).plus(SimTime.ofSeconds(1));
        L2Withdrawal w = p.withdrawal();
        List<Object[]> forgeries = List.of(
                new Object[] {new WithdrawalProof(1, w, p.path(), p.outputRoot()), WithdrawalRule.UNKNOWN_COMMITMENT},
                new Object[] {new WithdrawalProof(0, w, p.path(), new OutputRoot(Hash.ZERO,
                        p.outputRoot().withdrawalsRoot(), p.outputRoot().latestBlockHash())), WithdrawalRule.OUTPUT_ROOT_MISMATCH},
                new Object[] {new WithdrawalProof(0, new L2Withdrawal(0, w.account(), Wei.ether(40), w.l2Block()),
                        p.path(), p.outputRoot()), WithdrawalRule.WITHDRAWAL_NOT_IN_ROOT},
                new Object[] {new WithdrawalProof(0, new L2Withdrawal(0, BOB, w.amount(), w.l2Block()),
                        p.path(), p.outputRoot()), WithdrawalRule.WITHDRAWAL_NOT_IN_ROOT},
                new Object[] {new WithdrawalProof(0, w, MerkleProof.of(0, 2, List.of(new MerkleProof.Step(Hash.ZERO,
                        MerkleProof.Side.RIGHT))), p.outputRoot()), WithdrawalRule.WITHDRAWAL_NOT_IN_ROOT});
        for (Object[] f : forgeries) {
            Verdict v = k.inbox.finalizeWithdrawal((WithdrawalProof) f[0], late);
            assertTrue(v.isRejectedFor((WithdrawalRule) f[1]), f[1] + ": " + v);
        }
        assertEquals(Wei.ether(90), k.inbox.l1Balance(ALICE));
        assertEquals(Wei.ether(100), k.inbox.l1Balance(BOB));
        assertTrue(k.inbox.finalizeWithdrawal(p, late).isValid());
    }

    @Test
    void aRemovedCommitmentNoLongerPaysAndTakesLaterOnesWithIt() {
        RollupKit k = withAWithdrawal();
        k.block();
        k.post();
        k.sequencer.postStateCommitment(k.advance(12));
        WithdrawalProof p = k.sequencer.head().proveWithdrawal(0, k.inbox.commitment(0).orElseThrow().l2Block(), 0);
        List<StateCommitment> gone = k.inbox.removeStateCommitment(0, "proven fraudulent");
        assertEquals(2, gone.size());
        assertTrue(k.inbox.commitments().isEmpty());
        assertTrue(k.inbox.removals().get(0).contains("proven fraudulent"));
        assertTrue(k.inbox.finalizeWithdrawal(p, k.now.plus(RollupConfig.SEVEN_DAYS))
                .isRejectedFor(WithdrawalRule.UNKNOWN_COMMITMENT));
        assertThrows(IllegalArgumentException.class, () -> k.inbox.removeStateCommitment(0, "again"));
    }

    @Test
    void aValidityRollupPaysOutOnPostingAndCommitmentsMoveForward() {
        RollupKit k = new RollupKit(RollupConfig.arbitrum().withFinalization(FinalizationPolicy.onPosting()));
        k.depositAndPost(ALICE, 10);
        k.sequencer.submit(withdraw(ALICE, 0, 4), k.now);
        k.block();
        k.post();
        StateCommitment c = k.sequencer.postStateCommitment(k.advance(12));
        WithdrawalProof p = k.sequencer.head().proveWithdrawal(0, c.l2Block(), c.index());
        assertTrue(k.inbox.finalizeWithdrawal(p, k.now).isValid());
        assertThrows(IllegalArgumentException.class,
                () -> k.inbox.postStateCommitment(ALICE, c.l2Block(), Hash.ZERO, k.now));
    }
}
