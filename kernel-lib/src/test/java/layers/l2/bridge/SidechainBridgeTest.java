package layers.l2.bridge;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.keys.PrivateKey;
import layers.l2.quorum.Quorum;
import layers.l2.quorum.QuorumRule;
import layers.l2.quorum.QuorumSignature;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SidechainBridgeTest {

    static List<PrivateKey> keys(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return IntStream.range(0, n).mapToObj(i -> PrivateKey.random(rng)).toList();
    }

    private final List<PrivateKey> keys = keys(9, 22);
    private final BridgeValidators.Setup setup = BridgeValidators.setUp(keys, 5);
    private final Sidechain chain = setup.sidechain();
    private final MultisigBridge bridge = setup.bridge();

    private static void assertRejected(Enum<?> rule, Verdict v, String what) {
        assertTrue(v.rule().isPresent() && v.rule().get() == rule, what + ": expected " + rule + " but got " + v);
    }

    private static boolean mentions(Verdict v, QuorumRule inner) {
        return v.detail().orElse("").contains(inner.name());
    }

    @Test
    void lockMintTransferBurnRelease() {
        bridge.lock("alice@L1", "alice", 600);
        bridge.lock("bob@L1", "bob", 400);
        assertTrue(setup.validators().mintDeposits(bridge, chain).isValid());
        assertEquals(1000, chain.supply());
        List<PrivateKey> five = keys.subList(0, 5);
        assertTrue(chain.append(chain.propose(List.of(new SidechainTx.Transfer("alice", "bob", 100),
                new SidechainTx.Burn("bob", "bob@L1", 300)), five)).isValid());
        assertEquals(List.of(Verdict.valid()), setup.validators().releaseBurns(chain, bridge));
        assertEquals(700, bridge.locked());
        assertEquals(700, chain.supply(), "locked on L1 = circulating on the sidechain");
        assertEquals(300, bridge.releasedTo("bob@L1"));
        assertEquals(List.of(), setup.validators().releaseBurns(chain, bridge), "each burn released once");
    }

    @Test
    void anHonestBlockIsAcceptedThenEachTamperingIsRejected() {
        bridge.lock("alice@L1", "alice", 600);
        assertTrue(setup.validators().mintDeposits(bridge, chain).isValid());
        List<PrivateKey> five = keys.subList(0, 5);
        SidechainBlock honest = chain.propose(List.of(new SidechainTx.Transfer("alice", "carol", 50)), five);
        assertTrue(chain.verify(honest).isValid());

        Verdict four = chain.verify(honest.withSignatures(honest.signatures().subList(0, 4)));
        assertRejected(SidechainRule.NOT_SIGNED_BY_VALIDATORS, four, "four of nine");
        assertTrue(mentions(four, QuorumRule.TOO_FEW_SIGNATURES), four.toString());

        List<QuorumSignature> withOutsider = new ArrayList<>(honest.signatures().subList(0, 4));
        withOutsider.add(Quorum.sign(keys(1, 5).get(0), Sidechain.TAG, honest.header()));
        assertTrue(mentions(chain.verify(honest.withSignatures(withOutsider)), QuorumRule.NOT_A_MEMBER));

        List<QuorumSignature> dup = new ArrayList<>(honest.signatures().subList(0, 4));
        dup.add(honest.signatures().get(0));
        assertTrue(mentions(chain.verify(honest.withSignatures(dup)), QuorumRule.DUPLICATE_SIGNER));

        Verdict otherTxs = chain.verify(honest.withTransactions(
                List.of(new SidechainTx.Transfer("alice", "mallory", 50))));
        assertRejected(SidechainRule.NOT_SIGNED_BY_VALIDATORS, otherTxs, "signatures over other transactions");
        assertTrue(mentions(otherTxs, QuorumRule.INVALID_SIGNATURE), otherTxs.toString());

        SidechainBlock wrongParent = new SidechainBlock(2, Hash.ZERO, honest.transactions(), List.of());
        assertRejected(SidechainRule.WRONG_PARENT, chain.verify(wrongParent), "parent zero");
        SidechainBlock wrongHeight = new SidechainBlock(5, chain.tip(), honest.transactions(), List.of());
        assertRejected(SidechainRule.WRONG_HEIGHT, chain.verify(wrongHeight), "height 5");

        assertRejected(SidechainRule.INSUFFICIENT_BALANCE, chain.verify(chain.propose(
                List.of(new SidechainTx.Burn("alice", "x", 601)), five)), "burning more than held");
        assertRejected(SidechainRule.DEPOSIT_ALREADY_MINTED, chain.verify(chain.propose(
                List.of(new SidechainTx.Mint(0, "alice", 600)), five)), "deposit 0 twice");
        assertRejected(SidechainRule.NON_POSITIVE_AMOUNT, chain.verify(chain.propose(
                List.of(new SidechainTx.Transfer("alice", "bob", 0)), five)), "zero");
        assertTrue(chain.append(honest).isValid());
    }

    @Test
    void theValidatorsCanMintWhatWasNeverDeposited() {
        // Nothing in a sidechain block's check looks at L1: five validators can mint a deposit that never happened.
        SidechainBlock inflation = chain.propose(List.of(new SidechainTx.Mint(999, "mallory", 1_000_000)),
                keys.subList(4, 9));
        assertTrue(chain.append(inflation).isValid());
        assertEquals(1_000_000, chain.balance("mallory"));
        assertEquals(0, bridge.locked(), "yet nothing is locked on L1");
    }

    @Test
    void anHonestReleaseIsPaidThenEachTamperingIsRejected() {
        bridge.lock("alice@L1", "alice", 1000);
        ReleaseOrder order = new ReleaseOrder(0, "alice@L1", 250);
        List<QuorumSignature> five = Quorum.signAll(keys.subList(0, 5), MultisigBridge.TAG, order.toBytes());

        Verdict four = bridge.release(order, five.subList(0, 4));
        assertRejected(BridgeRule.NOT_SIGNED_BY_MULTISIG, four, "four of nine");
        assertTrue(mentions(four, QuorumRule.TOO_FEW_SIGNATURES), four.toString());
        List<QuorumSignature> outsider = new ArrayList<>(five.subList(0, 4));
        outsider.add(Quorum.sign(keys(1, 77).get(0), MultisigBridge.TAG, order.toBytes()));
        assertTrue(mentions(bridge.release(order, outsider), QuorumRule.NOT_A_MEMBER));
        List<QuorumSignature> dup = new ArrayList<>(five.subList(0, 4));
        dup.add(five.get(3));
        assertTrue(mentions(bridge.release(order, dup), QuorumRule.DUPLICATE_SIGNER));
        Verdict moreMoney = bridge.release(new ReleaseOrder(0, "alice@L1", 1000), five);
        assertTrue(mentions(moreMoney, QuorumRule.INVALID_SIGNATURE),
                "signatures over 250 used for 1000: " + moreMoney);
        Verdict blockSigs = bridge.release(order, Quorum.signAll(keys.subList(0, 5), Sidechain.TAG, order.toBytes()));
        assertTrue(mentions(blockSigs, QuorumRule.INVALID_SIGNATURE), "block-signing tag: " + blockSigs);
        assertRejected(BridgeRule.NON_POSITIVE_AMOUNT, bridge.release(new ReleaseOrder(1, "a", 0), five), "zero");

        assertTrue(bridge.release(order, five).isValid());
        assertRejected(BridgeRule.ALREADY_RELEASED, bridge.release(order, five), "replayed");
        ReleaseOrder tooMuch = new ReleaseOrder(1, "alice@L1", 751);
        assertRejected(BridgeRule.EXCEEDS_LOCKED, bridge.release(tooMuch,
                Quorum.signAll(keys.subList(0, 5), MultisigBridge.TAG, tooMuch.toBytes())), "751 of 750");
        assertEquals(750, bridge.locked());
    }

    @Test
    void mKeysTakeEverythingAndFewerTakeNothing() {
        bridge.lock("alice@L1", "alice", 173_600);
        KeyCompromise.Theft four = KeyCompromise.drain(bridge, keys.subList(0, 4), "attacker");
        assertEquals(0, four.stolen());
        assertRejected(BridgeRule.NOT_SIGNED_BY_MULTISIG, four.verdict(), "four keys");
        KeyCompromise.Theft five = KeyCompromise.drain(bridge, keys.subList(2, 7), "attacker");
        assertEquals(173_600, five.stolen());
        assertEquals(0, bridge.locked());

        var table = KeyCompromise.stolenByKeys(9, 5, 1000, 3);
        assertEquals(10, table.rowCount());
        for (int k = 0; k <= 9; k++) {
            assertEquals(k >= 5 ? 1000 : 0, table.longColumn("stolen").get(k), k + " keys");
        }
    }

    @Test
    void liquidityRoutes() {
        var optimistic = LiquidityRoute.viaL1("optimistic via L1", java.time.Duration.ofDays(7), 300_000, 100_000,
                java.time.Duration.ofMinutes(3), layers.l1.fees.Wei.gwei(10));
        assertEquals(java.time.Duration.ofDays(7).plusMinutes(3), optimistic.delay());
        assertEquals(layers.l1.fees.Wei.gwei(4_000_000), optimistic.cost());
        var lp = LiquidityRoute.liquidityProvider("LP", layers.l1.fees.Wei.ether(10), 5,
                java.time.Duration.ofMinutes(2));
        assertEquals(layers.l1.fees.Wei.gwei(5_000_000), lp.cost(), "5 bp of 10 ether");
        assertEquals(10, LiquidityRoute.breakEvenFeeBasisPoints(500, java.time.Duration.ofDays(7)),
                "5% a year for 7 days is 9.6 bp, rounded up");
    }
}
