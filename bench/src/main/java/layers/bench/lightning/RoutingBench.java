package layers.bench.lightning;

import layers.l2.lightning.GraphShape;
import layers.l2.lightning.LightningGraph;
import layers.l2.lightning.LightningGraphGenerator;
import layers.l2.lightning.LightningPath;
import layers.l2.lightning.LightningPayments;
import layers.l2.lightning.LightningRouter;
import layers.l2.lightning.LiquidityKnowledge;
import layers.l2.lightning.PaymentConfig;
import layers.l2.lightning.PaymentOutcome;
import layers.l2.lightning.RouterConfig;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Routing at the public network's scale (a plain main, not JMH: the figures are distributions and a long run):
 * generates a 15,000-node, 50,000-channel graph (time, and heap retained after a GC); finds 2,000 routes between
 * random nodes for amounts log-uniform from 1,000 to 1,000,000 sat, after 500 for warm-up (p50, p90, p99, max),
 * and the same queries for the cheapest route (ε = 0: its times, and how much more the default's routes cost);
 * then makes 100,000 payments with retries and multi-part splitting on the same graph, balances moving as they
 * settle (wall and main-thread CPU time, success rate, routes tried and route searches per payment). Targets: route p50 ≤ 20 ms, 100,000 payments
 * ≤ 30 s.
 *
 * <p>{@code mvn -q -o -DskipTests package -pl bench -am && java -cp "bench/target/classes:bench/target/lib/*"
 * layers.bench.lightning.RoutingBench [PAYMENTS]},
 * or {@code ./course bench routing [PAYMENTS]}
 */
public final class RoutingBench {

    private static final long SEED = 2024;
    private static final int ROUTES = 2_000;
    private static final int WARMUP = 500;
    private static final int DEFAULT_PAYMENTS = 100_000;

    private RoutingBench() {
    }

    public static void main(String[] args) {
        int paymentCount = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PAYMENTS;
        System.out.printf(Locale.ROOT, "Routing bench: %d cores, %s %s, max heap %d MB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        LightningGraphGenerator.generate(GraphShape.of(2_000, 7_000), SEED); // warm-up
        long heapBefore = usedAfterGc();
        long start = System.nanoTime();
        LightningGraph graph = LightningGraphGenerator.generate(GraphShape.publicNetwork(), SEED);
        double genMs = (System.nanoTime() - start) / 1e6;
        long heapGraph = usedAfterGc() - heapBefore;
        System.out.printf(Locale.ROOT, "graph: %,d nodes, %,d channels, %,d BTC | generated in %.0f ms | retained heap %.1f MB%n",
                graph.nodeCount(), graph.channelCount(), graph.totalCapacitySat() / 100_000_000, genMs, heapGraph / 1e6);

        LightningRouter router = new LightningRouter(graph);
        LiquidityKnowledge knowledge = new LiquidityKnowledge(graph);
        SplittableRandom random = new SplittableRandom(SEED);
        long[][] queries = new long[WARMUP + ROUTES][];
        for (int i = 0; i < queries.length; i++) {
            int s = random.nextInt(graph.nodeCount());
            int t = random.nextInt(graph.nodeCount() - 1);
            queries[i] = new long[] {s, t >= s ? t + 1 : t, amountMsat(random)};
        }
        RouterConfig approximate = RouterConfig.defaults();
        RouterConfig exact = approximate.exact();
        double[] millis = new double[ROUTES];
        double[] exactMillis = new double[ROUTES];
        int found = 0;
        double ratioSum = 0;
        double ratioMax = 1;
        int compared = 0;
        for (int i = 0; i < queries.length; i++) {
            int s = (int) queries[i][0];
            int t = (int) queries[i][1];
            long amount = queries[i][2];
            knowledge.reset(s);
            long t0 = System.nanoTime();
            Optional<LightningPath> route = router.findPath(s, t, amount, 800_000, knowledge, approximate);
            long t1 = System.nanoTime();
            Optional<LightningPath> cheapest = router.findPath(s, t, amount, 800_000, knowledge, exact);
            long t2 = System.nanoTime();
            if (i >= WARMUP) {
                millis[i - WARMUP] = (t1 - t0) / 1e6;
                exactMillis[i - WARMUP] = (t2 - t1) / 1e6;
                found += route.isPresent() ? 1 : 0;
                double best = cheapest.map(p -> cost(p, exact)).orElse(0.0);
                if (best > 0 && route.isPresent()) {
                    double ratio = cost(route.get(), exact) / best;
                    ratioSum += ratio;
                    ratioMax = Math.max(ratioMax, ratio);
                    compared++;
                }
            }
        }
        Arrays.sort(millis);
        Arrays.sort(exactMillis);
        System.out.printf(Locale.ROOT, "pathfinding: %d queries, %d routes found | p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (target p50 <= 20 ms)%n",
                ROUTES, found, pct(millis, 50), pct(millis, 90), pct(millis, 99), millis[ROUTES - 1]);
        System.out.printf(Locale.ROOT, "  the cheapest route instead (epsilon 0): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms | routes within epsilon %.2f cost %.2f%% more on average, %.1f%% at most%n",
                pct(exactMillis, 50), pct(exactMillis, 90), pct(exactMillis, 99), approximate.approximation(),
                100 * (ratioSum / Math.max(1, compared) - 1), 100 * (ratioMax - 1));

        LightningPayments payments = new LightningPayments(graph, PaymentConfig.defaults()).atHeight(800_000);
        long total = graph.totalBalanceMsat();
        int ok = 0;
        long attempts = 0;
        long parts = 0;
        start = System.nanoTime();
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int i = 0; i < paymentCount; i++) {
            int s = random.nextInt(graph.nodeCount());
            int t = random.nextInt(graph.nodeCount() - 1);
            t = t >= s ? t + 1 : t;
            PaymentOutcome r = payments.pay(s, t, amountMsat(random));
            attempts += r.attempts();
            if (r.succeeded()) {
                ok++;
                parts += r.parts();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "payments: %,d in %.1f s (main thread CPU %.1f s; %,.0f payments/s; target <= 30 s) | %.1f%% succeeded, %.2f routes tried and %.2f route searches each, %.2f parts per success | money conserved: %s%n",
                paymentCount, seconds, cpu, paymentCount / seconds, 100.0 * ok / paymentCount, (double) attempts / paymentCount,
                (double) payments.routeSearches() / paymentCount,
                (double) parts / Math.max(1, ok), total == graph.totalBalanceMsat());
    }

    /** What the router minimises: fees plus the attempt cost times −ln P. */
    private static double cost(LightningPath path, RouterConfig config) {
        return path.feeMsat() - config.riskWeightMsat(path.amountMsat(path.hops() - 1)) * Math.log(path.probability());
    }

    /** Log-uniform from 1,000 to 1,000,000 sat. */
    private static long amountMsat(SplittableRandom random) {
        return (long) (1_000_000 * Math.exp(random.nextDouble() * Math.log(1_000)));
    }

    private static double pct(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p / 100 * sorted.length))];
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
