package layers.l2.lightning;

import layers.l2.htlc.ChannelPolicy;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LightningPaymentsTest {

    private static final ChannelPolicy P = new ChannelPolicy(1_000, 100, 40);

    /** Two parallel routes 0-1-3 and 0-2-3, each able to carry 60,000 sat, not 100,000. */
    private static LightningGraph twoRoutes() {
        return LightningGraph.builder(4)
                .channel(0, 1, 200_000, 60_100_000L, P, P)
                .channel(0, 2, 200_000, 60_100_000L, P, P)
                .channel(1, 3, 200_000, 60_000_000L, P, P)
                .channel(2, 3, 200_000, 60_000_000L, P, P)
                .build();
    }

    @Test
    void aPaymentMovesAmountPlusFeesFromTheSenderAndAmountToTheRecipient() {
        LightningGraph g = twoRoutes();
        long sender = g.nodeBalanceMsat(0);
        long recipient = g.nodeBalanceMsat(3);
        PaymentOutcome r = new LightningPayments(g, PaymentConfig.defaults()).pay(0, 3, 10_000_000);
        assertTrue(r.succeeded());
        assertEquals(1, r.parts());
        assertEquals(1_000 + 1_000, r.feeMsat());
        assertEquals(sender - 10_000_000 - r.feeMsat(), g.nodeBalanceMsat(0));
        assertEquals(recipient + 10_000_000, g.nodeBalanceMsat(3));
    }

    @Test
    void tooLargeForOneRouteSucceedsInParts() {
        LightningGraph single = twoRoutes();
        PaymentOutcome one = new LightningPayments(single, PaymentConfig.defaults().withMaxParts(1)).pay(0, 3, 100_000_000);
        assertFalse(one.succeeded());
        assertEquals(single.totalBalanceMsat(), twoRoutes().totalBalanceMsat());
        LightningGraph g = twoRoutes();
        PaymentOutcome mpp = new LightningPayments(g, PaymentConfig.defaults()).pay(0, 3, 100_000_000);
        assertTrue(mpp.succeeded(), mpp.failure());
        assertTrue(mpp.parts() >= 2);
    }

    @Test
    void aFailedMultiPartPaymentMovesNothing() {
        LightningGraph g = twoRoutes();
        long[] before = balances(g);
        PaymentOutcome r = new LightningPayments(g, PaymentConfig.defaults()).pay(0, 3, 130_000_000);
        assertFalse(r.succeeded());
        assertEquals(0, r.feeMsat());
        for (int d = 0; d < before.length; d++) {
            assertEquals(before[d], g.balanceMsat(d), "direction " + d);
        }
    }

    @Test
    void whatTheSenderCanRuleOutIsNotSearched() {
        LightningGraph g = twoRoutes();
        PaymentOutcome tooMuch = new LightningPayments(g, PaymentConfig.defaults()).pay(0, 3, 120_200_001L);
        assertFalse(tooMuch.succeeded());
        assertEquals(0, tooMuch.attempts());
        assertEquals("node 0 holds 120200000 msat on its channels, less than 120200001", tooMuch.failure());
        PaymentOutcome backwards = new LightningPayments(g, PaymentConfig.defaults()).pay(3, 0, 400_000_001L);
        assertEquals("node 3 holds 280000000 msat on its channels, less than 400000001", backwards.failure());
    }

    @Test
    void retriesLearnFromFailures() {
        // the cheap route 0-1-3 is depleted at 1-3, which the sender cannot see
        LightningGraph g = LightningGraph.builder(4)
                .channel(0, 1, 1_000_000, 500_000_000L, P, P)
                .channel(0, 2, 1_000_000, 500_000_000L, P, P)
                .channel(1, 3, 1_000_000, 0L, new ChannelPolicy(0, 1, 40), P)
                .channel(2, 3, 1_000_000, 500_000_000L, new ChannelPolicy(1_000, 500, 40), P)
                .build();
        PaymentOutcome r = new LightningPayments(g, PaymentConfig.defaults()).pay(0, 3, 1_000_000);
        assertTrue(r.succeeded());
        assertEquals(2, r.attempts());
        assertEquals(2, g.to(r.paths().get(0).direction(0)));
    }

    /** Property: random payments with failures on a generated graph never create or lose money. */
    @Test
    void noPaymentCreatesOrLosesMoney() {
        LightningGraph g = LightningGraphGenerator.generate(GraphShape.of(1_000, 3_500), 21);
        long total = g.totalBalanceMsat();
        LightningPayments payments = new LightningPayments(g, PaymentConfig.defaults());
        SplittableRandom random = new SplittableRandom(5);
        int failures = 0;
        int successes = 0;
        for (int i = 0; i < 1_500; i++) {
            int s = random.nextInt(1_000);
            int t = random.nextInt(1_000);
            if (s == t) {
                continue;
            }
            long amount = (long) Math.exp(Math.log(1_000_000) + random.nextDouble() * Math.log(5_000)); // 1k to 5M sat
            long[] before = {g.nodeBalanceMsat(s), g.nodeBalanceMsat(t)};
            PaymentOutcome r = payments.pay(s, t, amount);
            if (r.succeeded()) {
                successes++;
                assertEquals(before[0] - amount - r.feeMsat(), g.nodeBalanceMsat(s), "payment " + i);
                assertEquals(before[1] + amount, g.nodeBalanceMsat(t), "payment " + i);
            } else {
                failures++;
                assertEquals(before[0], g.nodeBalanceMsat(s), "payment " + i);
                assertEquals(before[1], g.nodeBalanceMsat(t), "payment " + i);
            }
            assertEquals(total, g.totalBalanceMsat(), "payment " + i);
        }
        for (int c = 0; c < g.channelCount(); c++) {
            assertEquals(g.capacitySat(c) * 1_000, g.balanceMsat(2 * c) + g.balanceMsat(2 * c + 1));
            assertTrue(g.balanceMsat(2 * c) >= 0 && g.balanceMsat(2 * c + 1) >= 0);
        }
        assertTrue(failures > 50 && successes > 500, failures + " failures, " + successes + " successes");
    }

    @Test
    void theSameSeedGivesTheSameOutcomes() {
        assertEquals(run(), run());
    }

    private static String run() {
        LightningGraph g = LightningGraphGenerator.generate(GraphShape.of(500, 1_700), 2);
        LightningPayments payments = new LightningPayments(g, PaymentConfig.defaults());
        StringBuilder out = new StringBuilder();
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 100; i++) {
            PaymentOutcome r = payments.pay(random.nextInt(250), 250 + random.nextInt(250), 1_000 + random.nextLong(2_000_000_000L));
            out.append(r.succeeded()).append(r.feeMsat()).append(r.attempts()).append(';');
        }
        return out.toString();
    }

    private static long[] balances(LightningGraph g) {
        long[] b = new long[2 * g.channelCount()];
        for (int d = 0; d < b.length; d++) {
            b[d] = g.balanceMsat(d);
        }
        return b;
    }
}
