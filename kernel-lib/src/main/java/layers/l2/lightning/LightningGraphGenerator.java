package layers.l2.lightning;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates a channel graph shaped like the public Lightning network: hubs with hundreds to a thousand or more
 * channels and a long tail of nodes with one or two, the heavy-tailed degree distribution measured on the Lightning
 * graph (Seres et al., "Topological analysis of Bitcoin's Lightning Network", 2019). Nodes join one at a time and
 * open 1 + a geometric number of channels (40% of all channels, on average) to nodes chosen by preferential
 * attachment (Barabási and Albert, "Emergence of scaling in random networks", Science 286, 1999): probability
 * proportional to channel count + 1, and, 70% of the time, the better connected of two such draws, which makes the
 * rich richer than linear attachment would; the remaining channels then join two nodes chosen the same way. With
 * 15,000 nodes and 50,000 channels about 30% of nodes have one channel, half have at most two, and the biggest hub
 * has over a thousand.
 *
 * <p>Capacities are log-normal ({@link GraphShape}); each channel's balance is split uniformly at random between its
 * two sides, the assumption of Pickhardt and Richter's model; policies are drawn per direction: {@code fee_base_msat}
 * 0 or 1,000 with equal odds, {@code fee_proportional_millionths} log-uniform from 1 to 2,000, and
 * {@code cltv_expiry_delta} one of 34, 40, 80, 144 (weights 2:3:4:1). These are modelling choices, not measurements.
 * Same seed, same graph.
 */
public final class LightningGraphGenerator {

    /** Share of the channels opened by nodes as they join (1 + a geometric count each); the rest join two hubs. */
    static final double JOINING_MEAN = 0.4;
    /** Probability that a preferential draw is the better of two. */
    static final double TOURNAMENT = 0.7;
    private static final int[] CLTV_DELTAS = {34, 40, 80, 144};
    private static final double[] CLTV_WEIGHTS = {0.2, 0.3, 0.4, 0.1};

    private LightningGraphGenerator() {
    }

    /** A graph of {@code shape} from {@code seed}. */
    public static LightningGraph generate(GraphShape shape, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = shape.nodes();
        int m = shape.channels();
        int[] a = new int[m];
        int[] b = new int[m];
        int[] ends = new int[2 * m];
        int[] degree = new int[n];
        int made = 0;
        Set<Long> pairs = new HashSet<>(2 * m);
        int seedNodes = Math.min(4, n);
        for (int i = 0; i < seedNodes; i++) {
            for (int j = i + 1; j < seedNodes && made < m; j++) {
                made = add(a, b, ends, degree, pairs, made, i, j, n);
            }
        }
        double p = 1.0 / Math.max(1.0, JOINING_MEAN * m / n); // 1 + Geometric(p) has mean 1/p
        for (int v = seedNodes; v < n; v++) {
            int nodesLeftAfter = n - v - 1;
            int budget = m - made - nodesLeftAfter; // keep one channel for every node still to join
            int k = Math.max(1, Math.min(Math.min(v, budget), 1 + geometric(random, p)));
            for (int opened = 0, tries = 0; opened < k && tries < 50 * k; tries++) {
                int target = pick(random, ends, degree, made, v);
                if (target != v && !pairs.contains(key(v, target, n))) {
                    made = add(a, b, ends, degree, pairs, made, v, target, n);
                    opened++;
                }
            }
        }
        while (made < m) { // channels left over: between two preferentially chosen nodes (hubs meet hubs)
            int u = pick(random, ends, degree, made, n);
            int w = pick(random, ends, degree, made, n);
            if (u != w && !pairs.contains(key(u, w, n))) {
                made = add(a, b, ends, degree, pairs, made, u, w, n);
            }
        }
        return withChannels(shape, random, a, b);
    }

    private static LightningGraph withChannels(GraphShape shape, SplittableRandom random, int[] a, int[] b) {
        int m = a.length;
        long[] capacity = new long[m];
        long[] base = new long[2 * m];
        long[] ppm = new long[2 * m];
        int[] cltv = new int[2 * m];
        long[] balance = new long[2 * m];
        double mu = Math.log(shape.medianCapacitySat());
        for (int c = 0; c < m; c++) {
            capacity[c] = Math.max(shape.minCapacitySat(), Math.round(Math.exp(mu + shape.capacitySigma()
                    * random.nextGaussian())));
            long total = capacity[c] * 1_000;
            balance[2 * c] = random.nextLong(total + 1);
            balance[2 * c + 1] = total - balance[2 * c];
            for (int d = 2 * c; d <= 2 * c + 1; d++) {
                base[d] = random.nextBoolean() ? 0 : 1_000;
                ppm[d] = (long) Math.floor(Math.exp(random.nextDouble() * Math.log(2_000)));
                cltv[d] = CLTV_DELTAS[weighted(random, CLTV_WEIGHTS)];
            }
        }
        return new LightningGraph(shape.nodes(), a, b, capacity, base, ppm, cltv, balance);
    }

    /**
     * A node among {@code 0 .. limit − 1}, with probability proportional to its channel count + 1; with probability
     * {@link #TOURNAMENT}, the better connected of two such draws (which makes the attachment superlinear).
     */
    private static int pick(SplittableRandom random, int[] ends, int[] degree, int made, int limit) {
        int first = pickLinear(random, ends, made, limit);
        if (random.nextDouble() >= TOURNAMENT) {
            return first;
        }
        int second = pickLinear(random, ends, made, limit);
        return degree[second] > degree[first] ? second : first;
    }

    private static int pickLinear(SplittableRandom random, int[] ends, int made, int limit) {
        long endpoints = 2L * made;
        if (random.nextLong(endpoints + limit) < endpoints) {
            int node = ends[random.nextInt((int) endpoints)];
            if (node < limit) {
                return node;
            }
        }
        return random.nextInt(limit);
    }

    private static int add(int[] a, int[] b, int[] ends, int[] degree, Set<Long> pairs, int made, int u, int w,
                           int n) {
        degree[u]++;
        degree[w]++;
        a[made] = u;
        b[made] = w;
        ends[2 * made] = u;
        ends[2 * made + 1] = w;
        pairs.add(key(u, w, n));
        return made + 1;
    }

    private static long key(int u, int w, int n) {
        return (long) Math.min(u, w) * n + Math.max(u, w);
    }

    private static int geometric(SplittableRandom random, double p) {
        if (p >= 1) {
            return 0;
        }
        return (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - p));
    }

    private static int weighted(SplittableRandom random, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
