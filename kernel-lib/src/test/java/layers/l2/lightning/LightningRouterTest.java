package layers.l2.lightning;

import layers.l2.htlc.ChannelPolicy;
import layers.l2.htlc.HopPayload;
import layers.l2.htlc.Msat;
import layers.l2.htlc.RouteHops;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LightningRouterTest {

    private static final ChannelPolicy FREE = new ChannelPolicy(0, 0, 40);
    private static final ChannelPolicy CHEAP = new ChannelPolicy(0, 100, 40);
    private static final ChannelPolicy DEAR = new ChannelPolicy(1_000, 2_000, 80);

    /**
     * 0 -> 1 -> 3 (node 1 cheap, channel 1-3 small: 100,000 sat) and 0 -> 2 -> 3 (node 2 dear, big channels).
     */
    private static LightningGraph diamond() {
        return LightningGraph.builder(4)
                .channel(0, 1, 1_000_000, 1_000_000_000L, FREE, FREE)
                .channel(0, 2, 1_000_000, 1_000_000_000L, FREE, FREE)
                .channel(1, 3, 100_000, 50_000_000L, CHEAP, CHEAP)
                .channel(2, 3, 10_000_000, 5_000_000_000L, DEAR, DEAR)
                .build();
    }

    private static LightningPath route(LightningGraph g, long amount, RouterConfig config) {
        LiquidityKnowledge k = new LiquidityKnowledge(g);
        k.reset(0);
        return new LightningRouter(g).findPath(0, 3, amount, 800_000, k, config).orElseThrow();
    }

    @Test
    void aSmallPaymentTakesTheCheapRoute() {
        LightningPath p = route(diamond(), 1_000_000, RouterConfig.defaults());
        assertEquals(1, diamond().to(p.direction(0)));
        assertEquals(100, p.feeMsat()); // 1,000,000 msat * 100 ppm
    }

    @Test
    void aLargePaymentAvoidsTheLikelyFailure() {
        // 90,000 sat over a 100,000-sat channel succeeds with p = 10,001/100,001 ≈ 0.1: the dear route is worth it
        LightningPath risky = route(diamond(), 90_000_000, RouterConfig.defaults().feesOnly());
        LightningPath safe = route(diamond(), 90_000_000, RouterConfig.defaults());
        assertEquals(1, diamond().to(risky.direction(0)));
        assertEquals(2, diamond().to(safe.direction(0)));
        assertTrue(safe.probability() > 0.98 && risky.probability() < 0.11, safe + " / " + risky);
    }

    @Test
    void aPaymentAboveEveryCapacityOnOneSideHasNoRoute() {
        LightningGraph g = diamond();
        LiquidityKnowledge k = new LiquidityKnowledge(g);
        k.reset(0);
        assertTrue(new LightningRouter(g).findPath(0, 3, 1_000_000_001L, 800_000, k, RouterConfig.defaults()).isEmpty());
    }

    @Test
    void amountsAndExpiriesMatchTheHtlcPackage() {
        LightningGraph g = diamond();
        LightningPath p = route(g, 90_000_000, RouterConfig.defaults());
        List<ChannelPolicy> policies = List.of(g.policy(p.direction(0)), g.policy(p.direction(1)));
        List<HopPayload> expected = RouteHops.computeHopPayloads(policies, Msat.of(90_000_000), 800_000, 18);
        for (int h = 0; h < p.hops(); h++) {
            assertEquals(expected.get(h).amount().msat(), p.amountMsat(h));
            assertEquals(expected.get(h).cltvExpiry(), p.cltvExpiry(h));
        }
        assertEquals(1_000 + 90_000_000L * 2_000 / 1_000_000, p.feeMsat());
    }

    @Test
    void learningAFailureSteersTheNextRoute() {
        LightningGraph g = diamond();
        LiquidityKnowledge k = new LiquidityKnowledge(g);
        k.reset(0);
        LightningRouter router = new LightningRouter(g);
        LightningPath first = router.findPath(0, 3, 1_000_000, 800_000, k, RouterConfig.defaults()).orElseThrow();
        k.learnFailure(first.direction(1), 1_000_000);
        LightningPath second = router.findPath(0, 3, 1_000_000, 800_000, k, RouterConfig.defaults()).orElseThrow();
        assertEquals(2, g.to(second.direction(0)));
    }

    @Test
    void theHopLimitIsKept() {
        LightningGraph.Builder line = LightningGraph.builder(6);
        for (int i = 0; i < 5; i++) {
            line.channel(i, i + 1, 1_000_000, 500_000_000L, FREE, FREE);
        }
        LightningGraph g = line.build();
        LiquidityKnowledge k = new LiquidityKnowledge(g);
        k.reset(0);
        RouterConfig four = RouterConfig.defaults().withMaxHops(4);
        assertTrue(new LightningRouter(g).findPath(0, 5, 1_000, 0, k, four).isEmpty());
        assertEquals(5, new LightningRouter(g).findPath(0, 5, 1_000, 0, k, RouterConfig.defaults()).orElseThrow().hops());
    }

    @Test
    void routesStartAndEndAtNodesWithOneChannel() {
        // 0 and 4 have one channel each (dead ends the search never forwards through); 3 hangs off the hub 1
        LightningGraph g = LightningGraph.builder(5)
                .channel(0, 1, 1_000_000, 500_000_000L, FREE, FREE)
                .channel(1, 3, 1_000_000, 500_000_000L, FREE, FREE)
                .channel(1, 2, 1_000_000, 500_000_000L, CHEAP, CHEAP)
                .channel(2, 4, 1_000_000, 500_000_000L, CHEAP, CHEAP)
                .build();
        LiquidityKnowledge k = new LiquidityKnowledge(g);
        k.reset(0);
        LightningRouter r = new LightningRouter(g);
        assertArrayEquals(new int[] {0, 4, 6}, r.findPath(0, 4, 1_000_000, 0, k, RouterConfig.defaults())
                .orElseThrow().directions());
        assertArrayEquals(new int[] {0, 4, 6}, r.findPathExact(0, 4, 1_000_000, 0, k, RouterConfig.defaults())
                .orElseThrow().directions());
        assertArrayEquals(new int[] {0, 2}, r.findPath(0, 3, 1_000_000, 0, k, RouterConfig.defaults())
                .orElseThrow().directions());
        k.reset(3);
        assertArrayEquals(new int[] {3, 1}, r.findPath(3, 0, 1_000_000, 0, k, RouterConfig.defaults())
                .orElseThrow().directions());
    }

    @Test
    void theApproximateSearchStaysWithinItsFactorOfTheExactCost() {
        LightningGraph g = LightningGraphGenerator.generate(GraphShape.of(2_000, 7_000), 4);
        LightningRouter r = new LightningRouter(g);
        LiquidityKnowledge k = new LiquidityKnowledge(g);
        RouterConfig exact = RouterConfig.defaults().exact();
        int compared = 0;
        for (int i = 0; i < 100; i++) {
            int s = (i * 53) % 2_000;
            int t = (i * 211 + 3) % 2_000;
            long amount = 1_000_000L * (1 + i % 50);
            k.reset(s);
            var slow = r.findPathExact(s, t, amount, 0, k, exact);
            var bidirectionalExact = r.findPath(s, t, amount, 0, k, exact);
            var fast = r.findPath(s, t, amount, 0, k, RouterConfig.defaults());
            assertEquals(slow.isPresent(), fast.isPresent());
            if (slow.isPresent()) {
                compared++;
                double best = cost(slow.get(), exact);
                assertTrue(cost(fast.get(), exact) <= 1.25 * best * 1.01 + 1, "pair " + i);
                assertTrue(cost(bidirectionalExact.get(), exact) <= best * 1.01 + 1, "pair " + i);
            }
        }
        assertTrue(compared > 80);
    }

    @Test
    void whatTheSenderLearnedKeepsTheBidirectionalSearchExact() {
        LightningGraph g = LightningGraphGenerator.generate(GraphShape.of(2_000, 7_000), 5);
        LightningRouter r = new LightningRouter(g);
        LiquidityKnowledge k = new LiquidityKnowledge(g);
        RouterConfig exact = RouterConfig.defaults().exact();
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        int compared = 0;
        for (int i = 0; i < 100; i++) {
            int s = random.nextInt(2_000);
            int t = (s + 1 + random.nextInt(1_999)) % 2_000;
            long amount = 1_000_000L * (1 + random.nextInt(200));
            k.reset(s);
            for (int j = 0; j < 400; j++) { // successes make some channels certain, failures rule others out
                int d = random.nextInt(2 * g.channelCount());
                if (random.nextBoolean()) {
                    k.learnSuccess(d, amount * 2);
                } else {
                    k.learnFailure(d, amount / 2);
                }
            }
            var slow = r.findPathExact(s, t, amount, 0, k, exact);
            var fast = r.findPath(s, t, amount, 0, k, exact);
            assertEquals(slow.isPresent(), fast.isPresent(), "pair " + i);
            if (slow.isPresent()) {
                compared++;
                assertTrue(cost(fast.get(), exact) <= cost(slow.get(), exact) * 1.01 + 1, "pair " + i);
            }
        }
        assertTrue(compared > 80, compared + " routes compared");
    }

    private static double cost(LightningPath p, RouterConfig config) {
        double risk = config.riskWeightMsat(p.amountMsat(p.hops() - 1));
        return p.feeMsat() - risk * Math.log(p.probability());
    }

    @Test
    void badQueriesAreRefused() {
        LightningGraph g = diamond();
        LiquidityKnowledge k = new LiquidityKnowledge(g);
        LightningRouter r = new LightningRouter(g);
        var e = assertThrows(IllegalArgumentException.class, () -> r.findPath(0, 4, 1, 0, k, RouterConfig.defaults()));
        assertEquals("the target must be a node 0..3, not 4", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> r.findPath(1, 1, 1, 0, k, RouterConfig.defaults()));
        assertThrows(IllegalArgumentException.class, () -> r.findPath(0, 3, 0, 0, k, RouterConfig.defaults()));
    }

    @Test
    void successProbabilityFormulas() {
        assertEquals(1.0, SuccessProbability.uniform(0, 100));
        assertEquals(1.0 / 101, SuccessProbability.uniform(100, 100), 1e-15);
        assertEquals(0.0, SuccessProbability.uniform(101, 100));
        assertEquals(51.0 / 101, SuccessProbability.uniform(50, 100), 1e-15);
        assertEquals(1.0, SuccessProbability.conditional(30, 30, 100));
        assertEquals(0.0, SuccessProbability.conditional(101, 30, 100));
        assertEquals(51.0 / 71, SuccessProbability.conditional(50, 30, 100), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, SuccessProbability.negativeLog(0));
    }

    @Test
    void pathsOnAGeneratedGraphAreConnectedAndWithinCapacity() {
        LightningGraph g = LightningGraphGenerator.generate(GraphShape.of(2_000, 7_000), 3);
        LightningRouter r = new LightningRouter(g);
        LiquidityKnowledge k = new LiquidityKnowledge(g);
        for (int i = 0; i < 200; i++) {
            int s = (i * 37) % 2_000;
            int t = (i * 101 + 7) % 2_000;
            if (s == t) {
                continue;
            }
            k.reset(s);
            var p = r.findPath(s, t, 100_000_000, 0, k, RouterConfig.defaults());
            if (p.isEmpty()) {
                continue;
            }
            int node = s;
            for (int h = 0; h < p.get().hops(); h++) {
                int d = p.get().direction(h);
                assertEquals(node, g.from(d));
                assertTrue(p.get().amountMsat(h) <= g.capacityMsatOf(d));
                node = g.to(d);
            }
            assertEquals(t, node);
            assertArrayEquals(p.get().directions(), p.get().directions());
        }
    }
}
