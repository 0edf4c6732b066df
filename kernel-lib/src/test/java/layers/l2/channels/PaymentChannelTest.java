package layers.l2.channels;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.TxRule;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static layers.l2.channels.ChannelFixture.ALICE;
import static layers.l2.channels.ChannelFixture.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentChannelTest {

    private final ChannelFixture f = new ChannelFixture();
    private final PaymentChannel channel = f.channel;
    private final ChannelChain chain = f.chain;
    private final long fee = Bolt3Fees.commitmentFee(ChannelConfig.DEFAULT_FEERATE_PER_KW, 0).satoshis();

    private long onChain(ChannelParty p) {
        return chain.balanceOf(p.wallet().publicKey()).satoshis();
    }

    // ---- honest use ----

    @Test
    void openingLocksTheCapacityInOneL1Output() {
        assertEquals(Amount.sats(1_000_000), chain.utxos().get(channel.fundingOutPoint()).orElseThrow().amount());
        assertEquals(channel.fundingKey().xOnly(), chain.utxos().get(channel.fundingOutPoint()).orElseThrow().owner());
        assertEquals(2_000_000 - 1_000_000 - 500, onChain(ALICE));
        assertEquals(new ChannelState(0, Amount.sats(1_000_000), Amount.ZERO), channel.state());
    }

    @Test
    void paymentsMoveBalancesOffChainOnly() {
        int before = chain.transactions().size();
        f.payments(50, 1_000);
        assertEquals(new ChannelState(50, Amount.sats(950_000), Amount.sats(50_000)), channel.state());
        assertEquals(before, chain.transactions().size());
        assertEquals(51, channel.signedStates());
    }

    @Test
    void everyOldStateIsRevokedWithACheckedSecret() {
        f.payments(3, 1_000);
        for (long n = 0; n < 3; n++) {
            assertEquals(ALICE.perCommitmentSecret(n), channel.revealedSecret(ChannelSide.A, n).orElseThrow());
            assertEquals(BOB.perCommitmentSecret(n), channel.revealedSecret(ChannelSide.B, n).orElseThrow());
        }
        assertTrue(channel.revealedSecret(ChannelSide.A, 3).isEmpty());
    }

    @Test
    void cooperativeClosePaysBothAtOnce() {
        f.payments(10, 2_500);
        assertEquals(Verdict.valid(), channel.cooperativeClose(Amount.sats(300)));
        assertEquals(PaymentChannel.Status.CLOSED_COOPERATIVELY, channel.status());
        assertEquals(2_000_000 - 1_000_000 - 500 + 975_000 - 300, onChain(ALICE));
        assertEquals(25_000, onChain(BOB));
        assertFalse(chain.utxos().isUnspent(channel.fundingOutPoint()));
    }

    @Test
    void unilateralClosePaysTheOtherAtOnceAndTheOwnerAfterTheDelay() {
        f.payments(4, 10_000);
        assertEquals(Verdict.valid(), channel.forceClose(ChannelSide.A));
        assertEquals(40_000, onChain(BOB));
        chain.mine(144);
        assertEquals(Verdict.valid(), channel.sweepToLocal());
        assertEquals(2_000_000 - 1_000_000 - 500 + 960_000 - fee, onChain(ALICE));
    }

    @Test
    void bobCanForceCloseToo() {
        f.payments(4, 10_000);
        assertEquals(Verdict.valid(), channel.forceClose(ChannelSide.B));
        assertEquals(2_000_000 - 1_000_000 - 500 + 960_000 - fee, onChain(ALICE)); // to_remote, funder pays the fee
        chain.mine(144);
        assertEquals(Verdict.valid(), channel.sweepToLocal());
        assertEquals(40_000, onChain(BOB));
    }

    // ---- tampered updates: each rejected, the state unchanged ----

    @Test
    void staleCommitmentNumberIsRejected() {
        f.payments(5, 1_000);
        ChannelUpdate replay = channel.propose(new ChannelState(3, Amount.sats(997_000), Amount.sats(3_000)));
        Verdict v = channel.receive(replay);
        assertTrue(v.isRejectedFor(ChannelRule.COMMITMENT_NUMBER), v.toString());
        assertEquals("commitment number 3 is stale: the current one is 5, so the next must be 6", v.detail().orElseThrow());
        assertEquals(5, channel.state().number());
    }

    @Test
    void skippedCommitmentNumberIsRejected() {
        Verdict v = channel.receive(channel.propose(new ChannelState(2, Amount.sats(999_000), Amount.sats(1_000))));
        assertEquals("commitment number 2 skips ahead: the current one is 0, so the next must be 1", v.detail().orElseThrow());
    }

    @Test
    void balancesNotSummingToCapacityAreRejected() {
        Verdict v = channel.receive(channel.propose(new ChannelState(1, Amount.sats(999_000), Amount.sats(2_000))));
        assertTrue(v.isRejectedFor(ChannelRule.BALANCES_NOT_CAPACITY));
        assertEquals("A 999000 sat + B 2000 sat = 1001000 sat, but the capacity is 1000000 sat", v.detail().orElseThrow());
        assertEquals(0, channel.state().number());
    }

    @Test
    void aBadSignatureShareIsRejectedAndNamed() {
        ChannelUpdate honest = channel.propose(new ChannelState(1, Amount.sats(990_000), Amount.sats(10_000)));
        CoSignature onBob = honest.onCommitmentOfB();
        ChannelUpdate forged = honest.withSignatureOn(ChannelSide.B,
                new CoSignature(onBob.first(), onBob.second().withS(onBob.second().s().add(BigInteger.TWO))));
        Verdict v = channel.receive(forged);
        assertTrue(v.isRejectedFor(ChannelRule.BAD_SIGNATURE));
        assertTrue(v.detail().orElseThrow().contains("on Bob's commitment 1: the share of Bob's funding key"), v.toString());
        assertEquals(Verdict.valid(), channel.receive(honest));
    }

    @Test
    void signaturesForAnotherStateAreRejected() {
        ChannelUpdate signedFor = channel.propose(new ChannelState(1, Amount.sats(990_000), Amount.sats(10_000)));
        ChannelUpdate moved = signedFor.withState(new ChannelState(1, Amount.sats(900_000), Amount.sats(100_000)));
        assertTrue(channel.receive(moved).isRejectedFor(ChannelRule.BAD_SIGNATURE));
    }

    @Test
    void aWrongRevocationSecretIsRejected() {
        f.payments(1, 1_000);
        Hash wrong = ALICE.perCommitmentSecret(1); // the secret of the current state, not of state 0
        Verdict v = channel.revoke(ChannelSide.A, 0, wrong);
        assertTrue(v.isRejectedFor(ChannelRule.WRONG_REVOCATION_SECRET));
        assertTrue(v.detail().orElseThrow().startsWith("Alice's commitment 0: secret "), v.toString());
    }

    @Test
    void theCurrentStateCannotBeRevoked() {
        var e = assertThrows(IllegalArgumentException.class, () -> channel.revoke(ChannelSide.A, 0, ALICE.perCommitmentSecret(0)));
        assertEquals("only a commitment older than the current one (0) can be revoked, not 0", e.getMessage());
    }

    @Test
    void payingMoreThanTheBalanceIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> channel.pay(ChannelSide.B, Amount.sats(1)));
        assertEquals("B has 0 sat in the channel, cannot pay 1 sat", e.getMessage());
    }

    @Test
    void aClosedChannelTakesNoUpdates() {
        channel.cooperativeClose(Amount.sats(300));
        Verdict v = channel.pay(ChannelSide.A, Amount.sats(1));
        assertTrue(v.isRejectedFor(ChannelRule.CHANNEL_CLOSED));
    }

    // ---- on chain: the delay, the penalty ----

    @Test
    void theOwnerCannotSweepBeforeToSelfDelay() {
        f.payments(2, 1_000);
        channel.forceClose(ChannelSide.A);
        chain.mine(143);
        Verdict v = channel.sweepToLocal();
        assertTrue(v.isRejectedFor(ChannelRule.TO_SELF_DELAY));
        assertTrue(v.detail().orElseThrow().contains("143 blocks after the commitment confirmed at 0; to_self_delay is 144"), v.toString());
        chain.mine(1);
        assertEquals(Verdict.valid(), channel.sweepToLocal());
    }

    @Test
    void closingTwiceIsADoubleSpend() {
        channel.forceClose(ChannelSide.A);
        assertTrue(channel.chain().submit(channel.signedCommitment(ChannelSide.B, 0)).isRejectedFor(TxRule.DOUBLE_SPEND));
    }

    @Test
    void aRevokedStateBroadcastLosesEverything() {
        f.payments(10, 50_000); // now Alice 500,000, Bob 500,000
        assertEquals(Verdict.valid(), channel.publishCommitment(ChannelSide.A, 2)); // revoked: Alice 900,000
        assertEquals(100_000, onChain(BOB)); // to_remote of state 2
        Hash secret = channel.revealedSecret(ChannelSide.A, 2).orElseThrow();
        assertEquals(Verdict.valid(), channel.penalize(ChannelSide.B, secret));
        assertEquals(1_000_000 - fee, onChain(BOB));
        chain.mine(144);
        assertTrue(channel.sweepToLocal().isRejectedFor(TxRule.DOUBLE_SPEND));
    }

    @Test
    void aPenaltyWithAWrongSecretIsRejected() {
        f.payments(3, 50_000);
        channel.publishCommitment(ChannelSide.A, 1);
        Verdict v = channel.penalize(ChannelSide.B, ALICE.perCommitmentSecret(2));
        assertTrue(v.isRejectedFor(ChannelRule.WRONG_REVOCATION_SECRET), v.toString());
        chain.mine(144);
        assertEquals(Verdict.valid(), channel.sweepToLocal()); // the cheat succeeds if nobody punishes in time
    }

    @Test
    void theLatestStateCannotBePenalized() {
        f.payments(3, 50_000);
        channel.forceClose(ChannelSide.A);
        assertTrue(channel.revealedSecret(ChannelSide.A, 3).isEmpty());
        // Bob does not have the secret; a guess fails the check
        assertTrue(channel.penalize(ChannelSide.B, ALICE.perCommitmentSecret(4)).isRejectedFor(ChannelRule.WRONG_REVOCATION_SECRET));
    }

    @Test
    void theChainRejectsASweepSignedByNeitherKey() {
        f.payments(1, 1_000);
        channel.forceClose(ChannelSide.A);
        // Bob tries to take Alice's to_local with his wallet key
        var commitment = channel.signedCommitment(ChannelSide.A, 1);
        var steal = BOB.wallet().sign(new layers.l1.ledger.utxo.UnsignedTransaction(
                java.util.List.of(commitment.outPoint(0)), java.util.List.of(new layers.l1.ledger.utxo.TxOutput(
                commitment.outputs().get(0).amount(), BOB.wallet().publicKey()))));
        Verdict v = chain.submit(steal);
        assertTrue(v.isRejectedFor(ChannelRule.BAD_SIGNATURE), v.toString());
    }

    @Test
    void aWatchtowerPunishesForAnOfflineClient() {
        Watchtower tower = new Watchtower();
        channel.hireWatchtower(ChannelSide.B, tower);
        f.payments(5, 100_000); // Alice 500,000, Bob 500,000
        assertEquals(5, tower.appointments());
        channel.publishCommitment(ChannelSide.A, 1); // Alice 900,000 in a revoked state
        chain.mine(6);
        var broadcast = tower.scan(chain);
        assertEquals(1, broadcast.size());
        assertEquals(Verdict.valid(), broadcast.get(0));
        assertEquals(1_000_000 - fee, chain.balanceOf(BOB.wallet().publicKey()).satoshis());
        assertEquals(4, tower.appointments());
    }

    @Test
    void aWatchtowerIgnoresTheLatestState() {
        Watchtower tower = new Watchtower();
        channel.hireWatchtower(ChannelSide.B, tower);
        f.payments(3, 100_000);
        channel.forceClose(ChannelSide.A);
        assertTrue(tower.scan(chain).isEmpty());
        chain.mine(144);
        assertEquals(Verdict.valid(), channel.sweepToLocal());
    }

    @Test
    void theWatchtowerCannotReadItsBlobsBeforeABreach() {
        Watchtower tower = new Watchtower();
        channel.hireWatchtower(ChannelSide.B, tower);
        f.payments(1, 100_000);
        Hash txid = channel.signedCommitment(ChannelSide.A, 0).txid();
        byte[] plain = channel.signedCommitment(ChannelSide.A, 0).serialize();
        assertFalse(java.util.Arrays.equals(plain, Watchtower.xor(plain, txid)));
        assertTrue(java.util.Arrays.equals(plain, Watchtower.xor(Watchtower.xor(plain, txid), txid)));
    }

    @Test
    void openingWithoutCoinsIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> PaymentChannel.open(new ChannelChain(), ALICE, BOB,
                Amount.sats(1_000), Amount.sats(10), ChannelConfig.defaults()));
        assertTrue(e.getMessage().startsWith("cannot open the channel: wallet "), e.getMessage());
    }
}
