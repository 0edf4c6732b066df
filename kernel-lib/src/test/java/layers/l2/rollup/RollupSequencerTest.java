package layers.l2.rollup;

import layers.core.Verdict;
import layers.l1.fees.Wei;
import layers.l1.network.SimTime;
import org.junit.jupiter.api.Test;

import java.util.List;

import static layers.l2.rollup.RollupKit.ALICE;
import static layers.l2.rollup.RollupKit.BOB;
import static layers.l2.rollup.RollupKit.CAROL;
import static layers.l2.rollup.RollupKit.CODEC;
import static layers.l2.rollup.RollupKit.transfer;
import static layers.l2.rollup.RollupKit.withdraw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollupSequencerTest {

    @Test
    void aSoftConfirmationComesInTheNextBlockBeforeAnythingIsOnL1() {
        RollupKit k = RollupKit.arbitrum();
        k.depositAndPost(ALICE, 10);
        int entries = k.inbox.entries().size();
        SimTime sent = k.now;
        k.sequencer.submit(transfer(ALICE, 0, BOB, 1), sent);
        List<SoftConfirmation> c = k.block();
        assertEquals(1, c.size());
        assertEquals(2, c.get(0).l2Block());
        assertEquals(SimTime.ofSeconds(2), c.get(0).latency());
        assertTrue(c.get(0).receipt().isSuccess());
        assertEquals(entries, k.inbox.entries().size());
        assertEquals(Wei.ether(1), k.sequencer.head().balance(BOB));
        assertEquals(Wei.ZERO, k.sequencer.safe().balance(BOB));
        k.post();
        assertEquals(entries + 1, k.inbox.entries().size());
        assertEquals(Wei.ether(1), k.sequencer.safe().balance(BOB));
    }

    @Test
    void aCensoredTransactionIsForcedInAfterTheDelayAndNotBefore() {
        RollupKit k = RollupKit.arbitrum();
        k.depositAndPost(ALICE, 10);
        k.depositAndPost(BOB, 10);
        k.sequencer.censor(BOB);
        k.sequencer.submit(transfer(BOB, 0, CAROL, 1), k.now);
        k.sequencer.submit(transfer(ALICE, 0, CAROL, 1), k.now);
        assertEquals(1, k.block().size());
        DelayedMessage forced = k.inbox.submitForcedTransaction(transfer(BOB, 0, CAROL, 2), k.advance(60));
        SimTime opens = forced.submittedAt().plus(RollupConfig.ARBITRUM_FORCE_INCLUSION_DELAY);
        while (k.now.isBefore(opens.minus(SimTime.ofSeconds(3600)))) {
            k.advance(3600);
            k.sequencer.produceBlock(k.now);
            k.post();
            assertFalse(k.inbox.forceInclusion(k.now).isValid(), "forced in early, at " + k.now);
            assertEquals(0, k.sequencer.safe().nonce(BOB));
        }
        Verdict justBefore = k.inbox.forceInclusion(opens.minus(SimTime.ofMicros(1)));
        assertTrue(justBefore.isRejectedFor(InboxRule.FORCE_INCLUDE_TOO_SOON), justBefore.toString());
        k.now = opens;
        assertTrue(k.inbox.forceInclusion(opens).isValid());
        assertEquals(1, k.sequencer.safe().nonce(BOB));
        assertEquals(Wei.ether(3), k.sequencer.safe().balance(CAROL));
        k.block();
        assertEquals(1, k.sequencer.head().nonce(BOB), "the sequencer builds on the forced block");
        assertEquals(1, k.sequencer.pendingTransactions(), "the censored mempool copy is still waiting");
        k.post();
        assertEquals(k.sequencer.head().outputRoot(), ExitHatch.rebuild(CODEC, k.inbox.postedData()).chain().outputRoot());
    }

    @Test
    void aTransactionNoBlockCanHoldIsDroppedWithoutBlockingTheOthers() {
        RollupKit k = RollupKit.arbitrum();
        k.depositAndPost(ALICE, 10);
        k.depositAndPost(BOB, 10);
        k.sequencer.submit(transfer(ALICE, 0, CAROL, 1).withGasLimit(layers.l1.fees.Gas.millions(31)), k.now);
        k.sequencer.submit(transfer(BOB, 0, CAROL, 1), k.now);
        k.inbox.submitForcedTransaction(transfer(ALICE, 0, CAROL, 2).withGasLimit(layers.l1.fees.Gas.millions(40)),
                k.now);
        k.inbox.deposit(CAROL, CAROL, Wei.ether(1), k.now);
        List<SoftConfirmation> c = k.block();
        assertEquals(1, c.size());
        assertEquals(BOB, c.get(0).tx().from());
        assertEquals(Wei.ether(2), k.sequencer.head().balance(CAROL), "Bob's 1 and Carol's deposit behind the big one");
        assertEquals(4, k.sequencer.head().delayedMessagesRead());
        assertEquals(2, k.sequencer.dropped().size(), k.sequencer.dropped().toString());
        assertTrue(k.sequencer.dropped().stream().allMatch(s -> s.why().isRejectedFor(
                layers.l1.execution.ExecutionRule.BLOCK_GAS_LIMIT_REACHED)));
        assertEquals(0, k.sequencer.pendingTransactions());
        assertFalse(k.sequencer.hasWork(k.advance(2)));
    }

    @Test
    void aCensoringSequencerStallsTheDelayedInboxAtTheCensoredMessage() {
        RollupKit k = RollupKit.arbitrum();
        k.inbox.deposit(BOB, BOB, Wei.ether(5), k.advance(12));
        k.inbox.deposit(ALICE, ALICE, Wei.ether(5), k.advance(12));
        k.sequencer.censor(BOB);
        k.block();
        assertEquals(0, k.sequencer.head().delayedMessagesRead());
        assertEquals(Wei.ZERO, k.sequencer.head().balance(ALICE), "messages are read in order: Alice waits too");
        k.sequencer.stopCensoring();
        k.block();
        assertEquals(Wei.ether(5), k.sequencer.head().balance(ALICE));
    }

    @Test
    void aForcedInclusionAheadOfUnpostedBlocksRebuildsThemOnTop() {
        RollupKit k = RollupKit.arbitrum();
        k.depositAndPost(ALICE, 10);
        k.inbox.submitForcedTransaction(transfer(ALICE, 0, BOB, 1), k.advance(1));
        k.sequencer.submit(transfer(ALICE, 0, CAROL, 1), k.now);
        k.sequencer.submit(transfer(ALICE, 1, CAROL, 1), k.now);
        k.block(); // reads the forced message first, so the first Alice transaction has a stale nonce
        assertEquals(1, k.sequencer.dropped().size());
        assertEquals(1, k.sequencer.unpostedBlocks());
        k.now = k.now.plus(RollupConfig.ARBITRUM_FORCE_INCLUSION_DELAY);
        assertTrue(k.inbox.forceInclusion(k.now).isValid(), "the sequencer sat on it for a day");
        k.block();
        assertEquals(1, k.sequencer.reorgedBlocks());
        assertEquals(2, k.sequencer.head().nonce(ALICE));
        assertEquals(Wei.ether(1), k.sequencer.head().balance(CAROL));
        k.post();
        assertEquals(k.sequencer.head().outputRoot(), ExitHatch.rebuild(CODEC, k.inbox.postedData()).chain().outputRoot());
    }

    @Test
    void whenTheSequencerIsDownUsersStillExitThroughL1Alone() {
        RollupKit k = RollupKit.arbitrum();
        k.depositAndPost(ALICE, 10);
        k.sequencer.submit(transfer(ALICE, 0, BOB, 1), k.now);
        assertEquals(1, k.block().size());
        k.sequencer.goDown();
        assertFalse(k.sequencer.submit(transfer(ALICE, 1, BOB, 1), k.now), "no soft confirmation when down");
        assertTrue(k.sequencer.produceBlock(k.advance(2)).isEmpty());

        // Alice asks L1 to run her withdrawal; the soft-confirmed transfer never reached L1, so her nonce is 0
        k.inbox.submitForcedTransaction(withdraw(ALICE, 0, 9), k.advance(60));
        k.now = k.now.plus(RollupConfig.ARBITRUM_FORCE_INCLUSION_DELAY);
        assertTrue(k.inbox.forceInclusion(k.now).isValid());
        RebuildReport rebuilt = ExitHatch.rebuild(CODEC, k.inbox.postedData());
        assertTrue(rebuilt.isValid(), rebuilt.verdict().toString());
        assertEquals(1, rebuilt.chain().withdrawals().size());
        assertTrue(ExitHatch.proveWithdrawal(rebuilt, 0).isEmpty(), "no commitment covers it yet");
        StateCommitment mine = k.inbox.postStateCommitment(ALICE, rebuilt.chain().height(),
                rebuilt.chain().outputRoot(), k.advance(12));
        rebuilt = ExitHatch.rebuild(CODEC, k.inbox.postedData());
        WithdrawalProof proof = ExitHatch.proveWithdrawal(rebuilt, 0).orElseThrow();
        assertTrue(k.inbox.finalizeWithdrawal(proof, k.now).isRejectedFor(WithdrawalRule.NOT_FINAL));
        assertTrue(k.inbox.finalizeWithdrawal(proof, mine.postedAt().plus(RollupConfig.SEVEN_DAYS)).isValid());
        assertEquals(Wei.ether(99), k.inbox.l1Balance(ALICE));

        k.sequencer.comeBack();
        assertEquals(Wei.ZERO, k.sequencer.head().balance(BOB), "the soft confirmation to Bob was never final");
        assertEquals(1, k.sequencer.head().nonce(ALICE));
    }
}
