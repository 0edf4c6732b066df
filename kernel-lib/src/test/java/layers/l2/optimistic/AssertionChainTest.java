package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static layers.l2.optimistic.OptimisticFixtures.ACCOUNTS;
import static layers.l2.optimistic.OptimisticFixtures.BATCH;
import static layers.l2.optimistic.OptimisticFixtures.CONTEXT;
import static layers.l2.optimistic.OptimisticFixtures.HONEST;
import static layers.l2.optimistic.OptimisticFixtures.HOUR;
import static layers.l2.optimistic.OptimisticFixtures.MALLORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssertionChainTest {

    private static final EthereumAddress PROPOSER = ACCOUNTS.get(0);
    private static final EthereumAddress WATCHER = ACCOUNTS.get(1);
    private static final SimTime DAY = SimTime.ofSeconds(86_400);

    private static AssertionChain chain() {
        return AssertionChain.withDefaults(HONEST.commitment(0), CONTEXT);
    }

    @Test
    void anUnchallengedAssertionIsConfirmedOnlyAfterSevenDays() {
        AssertionChain c = chain();
        var a = c.propose(PROPOSER, BATCH, HONEST.commitment(BATCH.length()), Wei.ether(1), DAY).get();
        assertEquals(DAY.plus(AssertionChain.DEFAULT_WINDOW), c.windowEnd(a.id()));
        Verdict early = c.confirm(a.id(), DAY.times(7.9));
        assertTrue(early.isRejectedFor(DisputeRule.NOT_CONFIRMABLE), early.toString());
        Verdict notYet = c.withdrawalFinal(a.id());
        assertTrue(notYet.isRejectedFor(DisputeRule.WITHDRAWAL_NOT_FINAL), notYet.toString());
        assertTrue(c.confirm(a.id(), DAY.times(8)).isValid());
        assertEquals(AssertionChain.Status.CONFIRMED, c.status(a.id()));
        assertTrue(c.withdrawalFinal(a.id()).isValid());
        assertEquals(Wei.ether(1), c.paidTo(PROPOSER), "the bond comes back");
    }

    @Test
    void bondsAndWindowsAreChecked() {
        AssertionChain c = chain();
        var small = c.propose(PROPOSER, BATCH, Hash.ZERO, Wei.gwei(1), SimTime.ZERO);
        assertTrue(small.verdict().isRejectedFor(DisputeRule.BOND_TOO_SMALL), small.verdict().toString());
        assertThrows(IllegalStateException.class, small::get);
        var a = c.propose(PROPOSER, BATCH, HONEST.commitment(BATCH.length()), Wei.ether(2), SimTime.ZERO).get();
        var cheap = c.challenge(a.id(), WATCHER, Hash.ZERO, Wei.gwei(5), DAY);
        assertTrue(cheap.verdict().isRejectedFor(DisputeRule.BOND_TOO_SMALL), cheap.verdict().toString());
        var same = c.challenge(a.id(), WATCHER, a.claimed(), Wei.ether(1), DAY);
        assertTrue(same.verdict().isRejectedFor(DisputeRule.CHALLENGE_MUST_DISAGREE), same.verdict().toString());
        var late = c.challenge(a.id(), WATCHER, Hash.ZERO, Wei.ether(1), DAY.times(7));
        assertTrue(late.verdict().isRejectedFor(DisputeRule.CHALLENGE_WINDOW_CLOSED), late.verdict().toString());
    }

    @Test
    void aFraudulentAssertionIsRemovedAndItsBondSlashed() {
        AssertionChain c = chain();
        ExecutionTrace fraud = OptimisticFixtures.faulty(new TraceFault.ExtraMint(30, MALLORY,
                BigInteger.TEN.pow(21)));
        var bad = c.propose(MALLORY, BATCH, fraud.commitment(BATCH.length()), Wei.ether(4), SimTime.ZERO).get();
        var child = c.propose(PROPOSER, BATCH, Hash.ZERO, Wei.ether(1), HOUR).get();
        assertEquals(bad.claimed(), child.preCommitment(), "the next assertion builds on the tip");
        var ch = c.challenge(bad.id(), WATCHER, HONEST.commitment(BATCH.length()), Wei.ether(1), DAY).get();
        Verdict early = c.settle(ch.id());
        assertTrue(early.isRejectedFor(DisputeRule.GAME_NOT_DECIDED), early.toString());
        DisputeRunner.play(ch.game(), DefenderStrategy.of(fraud), ChallengerStrategy.of(HONEST), DAY, HOUR, 1);
        assertTrue(c.settle(ch.id()).isValid());
        assertEquals(AssertionChain.Status.REJECTED, c.status(bad.id()));
        assertEquals(AssertionChain.Status.REJECTED, c.status(child.id()), "built on a removed assertion");
        assertEquals(Wei.ether(3), c.paidTo(WATCHER), "its own bond back and half of the 4-ether bond");
        assertEquals(Wei.ether(2), c.burnt());
        assertEquals(Wei.ZERO, c.paidTo(MALLORY));
        assertEquals(HONEST.commitment(0), c.tipCommitment(), "the tip is back to genesis");
        assertTrue(c.confirm(bad.id(), DAY.times(30)).isRejectedFor(DisputeRule.ASSERTION_NOT_PENDING));
        assertTrue(c.settle(ch.id()).isRejectedFor(DisputeRule.GAME_OVER), "settled once");
    }

    @Test
    void aFailedChallengeCostsTheChallengerAndDelaysNothingBeyondTheGame() {
        AssertionChain c = chain();
        var a = c.propose(PROPOSER, BATCH, HONEST.commitment(BATCH.length()), Wei.ether(1), SimTime.ZERO).get();
        ExecutionTrace liar = OptimisticFixtures.faulty(new TraceFault.WrongBalance(5, ACCOUNTS.get(2), BigInteger.ONE));
        var ch = c.challenge(a.id(), MALLORY, liar.commitment(BATCH.length()), Wei.ether(2), DAY.times(6.9)).get();
        Verdict pending = c.confirm(a.id(), DAY.times(7));
        assertTrue(pending.isRejectedFor(DisputeRule.NOT_CONFIRMABLE), "a challenge is open: " + pending);
        SimTime end = DisputeRunner.play(ch.game(), DefenderStrategy.of(HONEST), ChallengerStrategy.of(liar),
                DAY.times(6.9), HOUR, 1);
        assertTrue(c.settle(ch.id()).isValid());
        assertTrue(c.confirm(a.id(), end).isValid());
        assertEquals(Wei.ether(2), c.paidTo(PROPOSER), "its bond back and half the challenger's");
        assertEquals(Wei.ether(1), c.burnt());
    }

    @Test
    void aDeviationThatHealsIsNoFraudAndCannotBeChallenged() {
        // the nonce bump at step 5 makes account 2's swap at step 9 be dropped instead of reverting; a reverted swap
        // changes only the nonce, so the two traces meet again: the asserted end is the true one
        ExecutionTrace healed = OptimisticFixtures.faulty(new TraceFault.WrongNonce(5, ACCOUNTS.get(2)));
        assertTrue(!healed.commitment(6).equals(HONEST.commitment(6)), "wrong after step 5");
        assertEquals(HONEST.commitment(BATCH.length()), healed.commitment(BATCH.length()), "right at the end");
        AssertionChain c = chain();
        var a = c.propose(MALLORY, BATCH, healed.commitment(BATCH.length()), Wei.ether(1), SimTime.ZERO).get();
        var ch = c.challenge(a.id(), WATCHER, HONEST.commitment(BATCH.length()), Wei.ether(1), DAY);
        assertTrue(ch.verdict().isRejectedFor(DisputeRule.CHALLENGE_MUST_DISAGREE), ch.verdict().toString());
    }
}
