package layers.l2.rollup;

import layers.l1.execution.ExecutionRule;
import layers.l1.fees.FeeRule;
import layers.l1.fees.Wei;
import layers.l1.network.SimTime;
import org.junit.jupiter.api.Test;

import java.util.List;

import static layers.l2.rollup.RollupKit.ALICE;
import static layers.l2.rollup.RollupKit.BOB;
import static layers.l2.rollup.RollupKit.transfer;
import static layers.l2.rollup.RollupKit.withdraw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollupChainTest {

    private static final SimTime T1 = SimTime.ofSeconds(2);

    private static DelayedMessage.Deposit deposit(long index, long ether) {
        return new DelayedMessage.Deposit(index, ALICE, ALICE, Wei.ether(ether), 0, SimTime.ZERO);
    }

    @Test
    void aDepositIsCreditedBeforeTheBlocksTransactions() {
        RollupChain chain = RollupChain.genesis();
        RollupBlockResult r = chain.apply(1, T1, List.of(deposit(0, 5)), List.of(transfer(ALICE, 0, BOB, 2)));
        assertEquals(1, r.included().size());
        assertEquals(Wei.ether(3), chain.balance(ALICE));
        assertEquals(Wei.ether(2), chain.balance(BOB));
        assertEquals(Wei.ether(5), chain.totalDeposited());
        assertEquals(1, chain.delayedMessagesRead());
    }

    @Test
    void anInvalidTransactionIsLeftOutWithItsRuleAndTheRestRuns() {
        RollupChain chain = RollupChain.genesis();
        RollupBlockResult r = chain.apply(1, T1, List.of(deposit(0, 5)),
                List.of(transfer(ALICE, 7, BOB, 1), transfer(ALICE, 0, BOB, 1)));
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).why().isRejectedFor(ExecutionRule.NONCE_MISMATCH), r.skipped().toString());
        assertTrue(r.skipped().get(0).why().detail().orElseThrow().contains("nonce 7"));
        assertEquals(List.of(transfer(ALICE, 0, BOB, 1)), r.block().transactions());
        assertEquals(Wei.ether(1), chain.balance(BOB));
    }

    @Test
    void aTransferToTheMessagePasserIsAWithdrawalInTheOutputRoot() {
        RollupChain chain = RollupChain.genesis();
        chain.apply(1, T1, List.of(deposit(0, 5)), List.of());
        long before = chain.height();
        var rootBefore = chain.outputRoot();
        RollupBlockResult r = chain.apply(2, T1, List.of(), List.of(withdraw(ALICE, 0, 3)));
        assertEquals(List.of(new L2Withdrawal(0, ALICE, Wei.ether(3), 2)), r.withdrawals());
        assertEquals(Wei.ether(2), chain.balance(ALICE));
        assertEquals(Wei.ether(3), chain.totalWithdrawn());
        assertEquals(rootBefore, chain.outputRootAt(before));
        assertNotEquals(rootBefore, chain.outputRoot());
        WithdrawalProof p = chain.proveWithdrawal(0, 2, 0);
        assertEquals(chain.outputRoot(), p.outputRoot().hash());
        assertThrows(IllegalArgumentException.class, () -> chain.proveWithdrawal(0, 1, 0));
        L2Withdrawal w = r.withdrawals().get(0);
        assertEquals(java.math.BigInteger.ONE, chain.state().get(w.sentMessageKey()), "recorded in the state");
        assertEquals(java.math.BigInteger.ONE, chain.state().get(MessagePasser.MESSAGE_NONCE));
        assertEquals(chain.state().stateRoot(), chain.outputRootPartsAt(2).stateRoot(), "the state root covers it");
    }

    @Test
    void aWithdrawalOfMoreThanTheBalanceIsLeftOutAndWithdrawsNothing() {
        RollupChain chain = RollupChain.genesis();
        chain.apply(1, T1, List.of(deposit(0, 1)), List.of());
        RollupBlockResult r = chain.apply(2, T1, List.of(), List.of(withdraw(ALICE, 0, 3)));
        assertTrue(r.skipped().get(0).why().isRejectedFor(FeeRule.INSUFFICIENT_BALANCE_FOR_VALUE));
        assertTrue(r.withdrawals().isEmpty());
        assertEquals(Wei.ZERO, chain.totalWithdrawn());
    }

    @Test
    void nobodyCanSpendFromTheMessagePasser() {
        RollupChain chain = RollupChain.genesis();
        chain.apply(1, T1, List.of(deposit(0, 5)), List.of(withdraw(ALICE, 0, 3)));
        RollupBlockResult r = chain.apply(2, T1, List.of(),
                List.of(transfer(RollupAddresses.MESSAGE_PASSER, 0, BOB, 3)));
        assertTrue(r.skipped().get(0).why().isRejectedFor(RollupRule.SENDER_IS_MESSAGE_PASSER));
        assertEquals(Wei.ZERO, chain.balance(BOB));
    }

    @Test
    void blocksMustFollowInNumberTimeAndDelayedOrder() {
        RollupChain chain = RollupChain.genesis();
        assertThrows(IllegalArgumentException.class, () -> chain.apply(2, T1, List.of(), List.of()));
        chain.apply(1, T1, List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> chain.apply(2, SimTime.ofSeconds(1), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> chain.apply(2, T1, List.of(deposit(1, 1)), List.of()));
    }

    @Test
    void theSameBlocksGiveTheSameRootsAndACopyIsIndependent() {
        RollupChain a = RollupChain.genesis();
        a.apply(1, T1, List.of(deposit(0, 5)), List.of(transfer(ALICE, 0, BOB, 1)));
        RollupChain b = RollupChain.genesis();
        b.apply(1, T1, List.of(deposit(0, 5)), List.of(transfer(ALICE, 0, BOB, 1)));
        assertEquals(a.outputRoot(), b.outputRoot());
        RollupChain c = a.copy();
        c.apply(2, T1, List.of(), List.of(transfer(ALICE, 1, BOB, 1)));
        assertEquals(b.outputRoot(), a.outputRoot());
        assertNotEquals(a.outputRoot(), c.outputRoot());
    }
}
