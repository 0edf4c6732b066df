package layers.l2.htlc;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultiHopPaymentTest {

    private static final List<String> NODES = List.of("Alice", "Bob", "Carol", "Dave", "Erin");
    private static final List<ChannelPolicy> POLICIES = List.of(new ChannelPolicy(0, 0, 40),
            new ChannelPolicy(1_000, 100, 40), new ChannelPolicy(1_000, 1_000, 80), new ChannelPolicy(0, 10, 144));
    private static final int HEIGHT = 800_000;
    private final Hash preimage = Sha256.hash(new byte[] {7});
    private final Msat amount = Msat.sats(50_000);

    private static MultiHopPayment path() {
        long[] out = {1_000_000_000L, 1_000_000_000L, 1_000_000_000L, 1_000_000_000L};
        long[] in = {0, 0, 0, 0};
        return MultiHopPayment.along(NODES, POLICIES, out, in);
    }

    @Test
    void hopAmountsAndExpiriesDecreaseTowardsTheRecipient() {
        List<HopPayload> p = RouteHops.computeHopPayloads(POLICIES, amount, HEIGHT, 18);
        // Erin receives 50,000,000 msat at 800,018; Dave charges 0 + 10 ppm = 500 msat and 144 blocks
        assertEquals(new HopPayload(Msat.of(50_000_000), 800_018), p.get(3));
        assertEquals(new HopPayload(Msat.of(50_000_500), 800_162), p.get(2));
        // Carol: 1,000 + 50,000,500 * 1,000 / 10^6 = 1,000 + 50,000 = 51,000 msat (rounded down), 80 blocks
        assertEquals(new HopPayload(Msat.of(50_051_500), 800_242), p.get(1));
        // Bob: 1,000 + 50,051,500 * 100 / 10^6 = 1,000 + 5,005 = 6,005 msat
        assertEquals(new HopPayload(Msat.of(50_057_505), 800_282), p.get(0));
        assertEquals(Msat.of(57_505), RouteHops.totalFee(p));
        assertEquals(List.of(Msat.of(6_005), Msat.of(51_000), Msat.of(500)), RouteHops.feesEarned(p));
    }

    @Test
    void anHonestPaymentSettlesAtEveryHop() {
        MultiHopPayment path = path();
        HtlcPaymentResult r = path.send(preimage, amount, HEIGHT);
        assertEquals(Verdict.valid(), r.verdict());
        assertTrue(r.htlcs().stream().allMatch(h -> h.status() == Htlc.Status.FULFILLED));
        assertEquals(Map.of("Alice", -50_057_505L, "Bob", 6_005L, "Carol", 51_000L, "Dave", 500L, "Erin", 50_000_000L),
                r.netChangeMsat());
        assertEquals(HEIGHT, r.endHeight());
    }

    @Test
    void aRefusingMiddleNodeFailsEveryHop() {
        HtlcPaymentResult r = path().with("Carol", HopConduct.REFUSES, 0).send(preimage, amount, HEIGHT);
        assertTrue(r.verdict().isRejectedFor(HtlcRule.TEMPORARY_CHANNEL_FAILURE));
        assertEquals("Carol declines to forward", r.verdict().detail().orElseThrow());
        assertEquals(2, r.htlcs().size());
        assertTrue(r.htlcs().stream().allMatch(h -> h.status() == Htlc.Status.FAILED));
        assertTrue(r.netChangeMsat().values().stream().allMatch(v -> v == 0));
    }

    @Test
    void anOfflineMiddleNodeFailsEveryHop() {
        HtlcPaymentResult r = path().with("Dave", HopConduct.OFFLINE, 0).send(preimage, amount, HEIGHT);
        assertTrue(r.verdict().isRejectedFor(HtlcRule.UNKNOWN_NEXT_PEER));
        assertEquals("Carol cannot reach Dave", r.verdict().detail().orElseThrow());
        assertTrue(r.netChangeMsat().values().stream().allMatch(v -> v == 0));
    }

    @Test
    void aMiddleNodeOfflineWhileSettlingStillSettlesWithinItsMargin() {
        // Carol's incoming HTLC expires at 800,242: back after 200 blocks, she still claims it
        HtlcPaymentResult r = path().with("Carol", HopConduct.OFFLINE_WHILE_SETTLING, 200).send(preimage, amount, HEIGHT);
        assertTrue(r.succeeded());
        assertTrue(r.htlcs().stream().allMatch(h -> h.status() == Htlc.Status.FULFILLED));
        assertEquals(51_000L, r.netChangeMsat().get("Carol"));
        assertEquals(HEIGHT + 200, r.endHeight());
    }

    @Test
    void aMiddleNodeOfflineTooLongLosesOnlyItsOwnMoney() {
        HtlcPaymentResult r = path().with("Carol", HopConduct.OFFLINE_WHILE_SETTLING, 300).send(preimage, amount, HEIGHT);
        assertEquals(Htlc.Status.TIMED_OUT, r.htlcs().get(1).status());
        assertEquals(-50_000_500L, r.netChangeMsat().get("Carol"));   // paid Dave, not reimbursed by Bob
        assertEquals(50_000_000L, r.netChangeMsat().get("Erin"));     // the recipient is paid
        assertEquals(0L, r.netChangeMsat().values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void aTooSmallFeeIsRefusedByTheForwarder() {
        List<HopPayload> honest = RouteHops.computeHopPayloads(POLICIES, amount, HEIGHT, 18);
        List<HopPayload> cheap = new ArrayList<>(honest);
        cheap.set(1, new HopPayload(honest.get(1).amount().minus(Msat.of(1)), honest.get(1).cltvExpiry()));
        HtlcPaymentResult r = path().send(preimage, amount, cheap, HEIGHT, 18);
        assertTrue(r.verdict().isRejectedFor(HtlcRule.FEE_INSUFFICIENT), r.verdict().toString());
        assertEquals("Carol receives 50051499 msat to forward 50000500 msat, a fee of 50999 msat; it charges 51000 msat",
                r.verdict().detail().orElseThrow());
        assertTrue(r.netChangeMsat().values().stream().allMatch(v -> v == 0));
    }

    @Test
    void aTooShortTimeLockIsRefusedByTheForwarder() {
        List<HopPayload> honest = RouteHops.computeHopPayloads(POLICIES, amount, HEIGHT, 18);
        List<HopPayload> tight = new ArrayList<>(honest);
        tight.set(2, new HopPayload(honest.get(2).amount(), honest.get(1).cltvExpiry() - 79));
        HtlcPaymentResult r = path().send(preimage, amount, tight, HEIGHT, 18);
        assertTrue(r.verdict().isRejectedFor(HtlcRule.INCORRECT_CLTV_EXPIRY), r.verdict().toString());
    }

    @Test
    void theRecipientRefusesTooLittleOrTooSoon() {
        List<HopPayload> honest = RouteHops.computeHopPayloads(POLICIES, amount, HEIGHT, 18);
        HtlcPaymentResult r = path().send(preimage, amount.plus(Msat.of(1)), honest, HEIGHT, 18);
        assertTrue(r.verdict().isRejectedFor(HtlcRule.INCORRECT_OR_UNKNOWN_PAYMENT_DETAILS));
        r = path().send(preimage, amount, honest, HEIGHT + 1, 18);
        assertTrue(r.verdict().isRejectedFor(HtlcRule.FINAL_INCORRECT_CLTV_EXPIRY), r.verdict().toString());
    }

    @Test
    void aDepletedChannelFailsThePayment() {
        MultiHopPayment path = MultiHopPayment.along(NODES, POLICIES,
                new long[] {1_000_000_000L, 1_000_000_000L, 10_000L, 1_000_000_000L}, new long[4]);
        HtlcPaymentResult r = path.send(preimage, amount, HEIGHT);
        assertTrue(r.verdict().isRejectedFor(HtlcRule.TEMPORARY_CHANNEL_FAILURE));
        assertEquals("Carol has 10000 msat towards Dave, the HTLC needs 50000500", r.verdict().detail().orElseThrow());
    }

    /** Property: over random conducts, amounts and balances, the path's total never changes. */
    @Test
    void noPaymentCreatesOrDestroysMoney() {
        SplittableRandom random = new SplittableRandom(11);
        for (int run = 0; run < 500; run++) {
            long[] out = new long[4];
            long[] in = new long[4];
            for (int i = 0; i < 4; i++) {
                out[i] = random.nextLong(0, 200_000_000L);
                in[i] = random.nextLong(0, 200_000_000L);
            }
            MultiHopPayment path = MultiHopPayment.along(NODES, POLICIES, out, in);
            String middle = NODES.get(1 + random.nextInt(3));
            path.with(middle, HopConduct.values()[random.nextInt(HopConduct.values().length)], random.nextInt(400));
            long before = path.totalMsat();
            HtlcPaymentResult r = path.send(Sha256.hash(new byte[] {(byte) run}), Msat.of(1 + random.nextLong(150_000_000L)),
                    HEIGHT);
            assertEquals(before, path.totalMsat(), "run " + run);
            assertEquals(0L, r.netChangeMsat().values().stream().mapToLong(Long::longValue).sum(), "run " + run);
            if (!r.succeeded()) {
                assertTrue(r.netChangeMsat().values().stream().allMatch(v -> v == 0), "run " + run + ": " + r);
            }
        }
    }
}
