package layers.l2.lightning;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds a route that is cheap and likely to succeed: Dijkstra's algorithm run from the recipient back to the sender
 * (so that each hop's amount, which includes the fees of the hops after it, is known when the hop is weighed), with
 * the cost of a hop = the fee its forwarding node charges + the price of a failure × {@code −ln P}, where P is the
 * hop's success probability under {@link SuccessProbability} and what the sender has learned
 * ({@link LiquidityKnowledge}). Minimising the sum minimises fees plus the price of failure for the whole route,
 * since {@code −ln} of a product of probabilities is the sum of their {@code −ln}. This is the single-path form of
 * Pickhardt and Richter's objective, and the one LND's probability-based router uses; their min-cost-flow splitting
 * is not implemented ({@link LightningPayments} splits by halving instead).
 *
 * <p>Amount-dependent costs make Dijkstra a heuristic here (the best route to a node for one amount need not extend
 * the best for another), as in every deployed Lightning router. Not thread-safe: one router per thread.
 *
 * <p>For speed, the search reuses its per-node arrays (stamped with a query number, or one bit per node) and an
 * indexed heap with decrease-key ({@link NodeHeap}, equal costs ordered by node id), so it allocates nothing per
 * query; it skips nodes with one channel (they end a route, never forward one), stops a side at the hop limit (a
 * longer route would be refused anyway), adds no node whose cost already rules out beating the best route met so
 * far, and computes a hop's {@code −ln P} only when a lower bound (the fee, plus {@code a / (c + 1)} for a channel
 * the sender has learned nothing about) does not already rule it out. The bidirectional search advances whichever
 * side has scanned fewer channels so far, rather than the side with the smaller cost: from a node next to a hub, the
 * cheap side would otherwise scan the hub's thousand channels and their neighbours' while the other side waits. Any
 * order of the two sides is correct with the same stopping rule; on the 15,000-node graph this one scans about ten
 * times fewer channels ({@code ./course bench routing}).
 */
public final class LightningRouter {

    private final LightningGraph graph;
    // Per adjacency slot (the graph's CSR order), copied once so that a node's edges are read sequentially:
    private final int[] neighbor;      // the other end of the slot's direction
    private final long[] slotCapacity; // the channel's capacity, msat
    private final double[] inverseCapacity; // 1 / (capacity + 1)
    private final long[] outBase;      // the policy of the slot's direction (node -> neighbor): base fee, msat
    private final long[] outPpm;       //   and proportional fee, ppm
    private final long[] inBase;       // the policy of the reverse direction (neighbor -> node)
    private final long[] inPpm;
    private final double[] cost;
    private final long[] amount;
    private final int[] hops;
    private final int[] via;
    private final int[] stamp;
    private final double[] backCost;
    private final int[] backHops;
    private final int[] backVia;
    private final NodeHeap heap;
    private final NodeHeap backHeap;
    private final int[] routeBuffer;   // the forward half of a route, target end first
    // One bit per node, small enough to stay in the fastest cache while a hub's thousand channels are scanned:
    private final long[] leafNodes;    // a node with one channel: it can end a route, never forward one
    private final long[] seen;         // reached by the search from the sender
    private final long[] done;         //   and settled
    private final long[] backSeen;     // reached by the search from the recipient
    private final long[] backDone;     //   and settled
    private int query;

    public LightningRouter(LightningGraph graph) {
        this.graph = graph;
        int n = graph.nodeCount();
        int slots = graph.start(n);
        this.neighbor = new int[slots];
        this.slotCapacity = new long[slots];
        this.inverseCapacity = new double[slots];
        this.outBase = new long[slots];
        this.outPpm = new long[slots];
        this.inBase = new long[slots];
        this.inPpm = new long[slots];
        for (int i = 0; i < slots; i++) {
            int d = graph.direction(i);
            neighbor[i] = graph.to(d);
            slotCapacity[i] = graph.capacityMsatOf(d);
            inverseCapacity[i] = 1.0 / (slotCapacity[i] + 1);
            outBase[i] = graph.feeBaseMsat(d);
            outPpm[i] = graph.feePpm(d);
            inBase[i] = graph.feeBaseMsat(d ^ 1);
            inPpm[i] = graph.feePpm(d ^ 1);
        }
        this.cost = new double[n];
        this.amount = new long[n];
        this.hops = new int[n];
        this.via = new int[n];
        this.stamp = new int[n];
        this.backCost = new double[n];
        this.backHops = new int[n];
        this.backVia = new int[n];
        this.heap = new NodeHeap(n);
        this.backHeap = new NodeHeap(n);
        this.routeBuffer = new int[n + 1];
        int words = (n + 63) >>> 6;
        this.leafNodes = new long[words];
        this.seen = new long[words];
        this.done = new long[words];
        this.backSeen = new long[words];
        this.backDone = new long[words];
        for (int v = 0; v < n; v++) {
            if (graph.degree(v) == 1) {
                set(leafNodes, v);
            }
        }
    }

    /**
     * The best route from {@code source} to {@code target} for {@code amountMsat} at block {@code height}, or empty
     * if none has a positive probability within {@code config.maxHops()}.
     *
     * @throws IllegalArgumentException for a node outside the graph, equal ends, or a non-positive amount
     */
    public Optional<LightningPath> findPathExact(int source, int target, long amountMsat, int height,
                                                 LiquidityKnowledge knowledge, RouterConfig config) {
        checkQuery(source, target, amountMsat);
        return backward(source, target, amountMsat, height, knowledge, config);
    }

    /**
     * The same search run from both ends at once (bidirectional Dijkstra), every hop weighed at the payment's amount
     * (the fees of the later hops, a fraction of a percent, left out); the route found then gets its exact amounts,
     * expiries and probability, computed backwards as in {@link #findPathExact}. The search stops once no
     * undiscovered route can cost less than {@code best / (1 + ε)}, ε = {@link RouterConfig#approximation()}: the
     * route is within a factor {@code 1 + ε} of the cheapest (ε = 0: the cheapest), and a larger ε explores much less
     * of the graph. If the exact amounts break a hop (over its capacity, or probability 0) or the hop limit,
     * {@link #findPathExact} decides.
     */
    public Optional<LightningPath> findPath(int source, int target, long amountMsat, int height,
                                            LiquidityKnowledge knowledge, RouterConfig config) {
        checkQuery(source, target, amountMsat);
        int[] route = bidirectional(source, target, amountMsat, knowledge, config);
        if (route == null) {
            return Optional.empty();
        }
        LightningPath exact = exactPath(route, amountMsat, height, knowledge, config);
        return exact != null ? Optional.of(exact) : backward(source, target, amountMsat, height, knowledge, config);
    }

    private void checkQuery(int source, int target, long amountMsat) {
        checkNode(source, "source");
        checkNode(target, "target");
        if (source == target) {
            throw new IllegalArgumentException("the sender and the recipient are both node " + source);
        }
        if (amountMsat <= 0) {
            throw new IllegalArgumentException("a payment carries more than 0 msat, not " + amountMsat);
        }
    }

    private Optional<LightningPath> backward(int source, int target, long amountMsat, int height,
                                             LiquidityKnowledge knowledge, RouterConfig config) {
        double riskWeight = config.riskWeightMsat(amountMsat);
        int maxHops = config.maxHops();
        query++;
        heap.clear();
        visit(target, 0, amountMsat, 0, -1);
        heap.insert(target, 0);
        while (!heap.isEmpty()) {
            int v = heap.pop();
            if (v == source) {
                return Optional.of(path(source, target, height, knowledge, config));
            }
            if (hops[v] >= maxHops) {
                continue;
            }
            long arriving = amount[v];
            double base = cost[v];
            for (int i = graph.start(v), end = graph.start(v + 1); i < end; i++) {
                int u = neighbor[i];
                if (has(leafNodes, u) && u != source) {
                    continue; // a dead end
                }
                int d = graph.direction(i) ^ 1; // the direction u -> v
                if (arriving > graph.capacityMsatOf(d)) {
                    continue;
                }
                double p = knowledge.probability(d, arriving);
                if (p <= 0) {
                    continue;
                }
                long fee = u == source ? 0 : graph.feeMsat(d, arriving);
                double c = base + fee - riskWeight * Math.log(p);
                if (stamp[u] != query) {
                    visit(u, c, arriving + fee, hops[v] + 1, d);
                    heap.insert(u, c);
                } else if (c < cost[u] && heap.contains(u)) {
                    visit(u, c, arriving + fee, hops[v] + 1, d);
                    heap.decrease(u, c);
                }
            }
        }
        return Optional.empty();
    }

    /** The directions of the best route at a fixed amount, source to target, or null if there is none. */
    private int[] bidirectional(int source, int target, long amount, LiquidityKnowledge knowledge,
                                RouterConfig config) {
        double riskWeight = config.riskWeightMsat(amount);
        double factor = 1 + config.approximation();
        // −ln P ≥ a / (c + 1) for a channel the sender knows nothing about (−ln(1 − x) ≥ x), a little less for rounding
        double riskFloor = riskWeight * amount * (1 - 1e-9);
        int maxHops = config.maxHops();
        query++;
        heap.clear();
        backHeap.clear();
        Arrays.fill(seen, 0);
        Arrays.fill(done, 0);
        Arrays.fill(backSeen, 0);
        Arrays.fill(backDone, 0);
        visit(source, 0, amount, 0, -1);
        backVisit(target, 0, 0, -1);
        set(seen, source);
        set(backSeen, target);
        heap.insert(source, 0);
        backHeap.insert(target, 0);
        double best = Double.POSITIVE_INFINITY;
        int meetDirection = -1;
        long work = 0;     // channels scanned by the search from the sender
        long backWork = 0; //   and from the recipient
        while (!heap.isEmpty() && !backHeap.isEmpty() && (heap.minKey() + backHeap.minKey()) * factor < best) {
            if (work <= backWork) { // the side that has done less so far: see the class comment
                int u = heap.pop();
                work += graph.degree(u);
                set(done, u);
                if (hops[u] >= maxHops) {
                    continue;
                }
                double base = cost[u];
                double bound = best - backHeap.minKey(); // beyond it, no route through u can beat the best
                for (int i = graph.start(u), end = graph.start(u + 1); i < end; i++) {
                    if (amount > slotCapacity[i]) {
                        continue;
                    }
                    int v = neighbor[i];
                    // the fee (BOLT 7, as LightningGraph.feeMsat)
                    double c = base + (u == source ? 0 : outBase[i] + amount * outPpm[i] / 1_000_000);
                    int d = graph.direction(i);
                    double floor = c + (knowledge.learned(d) ? 0 : riskFloor * inverseCapacity[i]);
                    boolean met = has(backSeen, v);
                    if (floor >= bound && !(met && floor + backCost[v] < best)) {
                        continue; // cannot help, whatever the exact risk term: skip the logarithm
                    }
                    if (!met && (has(leafNodes, v) || has(done, v) || has(seen, v) && floor >= cost[v])) {
                        continue; // a dead end, settled already, or reached as cheaply, and not met from the other end
                    }
                    double p = knowledge.probability(d, amount);
                    if (p <= 0) {
                        continue;
                    }
                    c -= riskWeight * Math.log(p);
                    if (met && c + backCost[v] < best && hops[u] + 1 + backHops[v] <= maxHops) {
                        best = c + backCost[v];
                        bound = best - backHeap.minKey();
                        meetDirection = d;
                    }
                    if (c >= bound) {
                        continue;
                    }
                    if (!has(seen, v)) {
                        visit(v, c, amount, hops[u] + 1, d);
                        set(seen, v);
                        heap.insert(v, c);
                    } else if (c < cost[v] && !has(done, v)) {
                        visit(v, c, amount, hops[u] + 1, d);
                        heap.decrease(v, c);
                    }
                }
            } else {
                int v = backHeap.pop();
                backWork += graph.degree(v);
                set(backDone, v);
                if (backHops[v] >= maxHops) {
                    continue;
                }
                double base = backCost[v];
                double bound = best - heap.minKey();
                for (int i = graph.start(v), end = graph.start(v + 1); i < end; i++) {
                    if (amount > slotCapacity[i]) {
                        continue;
                    }
                    int u = neighbor[i];
                    double c = base + (u == source ? 0 : inBase[i] + amount * inPpm[i] / 1_000_000);
                    int d = graph.direction(i) ^ 1; // u -> v
                    double floor = c + (knowledge.learned(d) ? 0 : riskFloor * inverseCapacity[i]);
                    boolean met = has(seen, u);
                    if (floor >= bound && !(met && cost[u] + floor < best)) {
                        continue;
                    }
                    if (!met && (has(leafNodes, u) || has(backDone, u) || has(backSeen, u) && floor >= backCost[u])) {
                        continue;
                    }
                    double p = knowledge.probability(d, amount);
                    if (p <= 0) {
                        continue;
                    }
                    c -= riskWeight * Math.log(p);
                    if (met && cost[u] + c < best && hops[u] + 1 + backHops[v] <= maxHops) {
                        best = cost[u] + c;
                        bound = best - heap.minKey();
                        meetDirection = d;
                    }
                    if (c >= bound) {
                        continue;
                    }
                    if (!has(backSeen, u)) {
                        backVisit(u, c, backHops[v] + 1, d);
                        set(backSeen, u);
                        backHeap.insert(u, c);
                    } else if (c < backCost[u] && !has(backDone, u)) {
                        backVisit(u, c, backHops[v] + 1, d);
                        backHeap.decrease(u, c);
                    }
                }
            }
        }
        if (meetDirection < 0) {
            return null;
        }
        int[] front = routeBuffer;
        int n = 0;
        for (int node = graph.from(meetDirection); node != source; node = graph.from(via[node])) {
            front[n++] = via[node];
            if (n > graph.nodeCount()) {
                throw new IllegalStateException("a cycle in the forward search tree");
            }
        }
        int[] route = new int[n + 1 + 64];
        int length = 0;
        for (int i = n - 1; i >= 0; i--) {
            route[length++] = front[i];
        }
        route[length++] = meetDirection;
        for (int node = graph.to(meetDirection); node != target; node = graph.to(backVia[node])) {
            if (length == route.length) {
                route = Arrays.copyOf(route, 2 * length);
            }
            route[length++] = backVia[node];
        }
        return Arrays.copyOf(route, length);
    }

    /** {@code route} with exact amounts computed backwards, or null if they break a hop or the hop limit. */
    private LightningPath exactPath(int[] route, long amount, int height, LiquidityKnowledge knowledge,
                                    RouterConfig config) {
        if (route.length > config.maxHops()) {
            return null;
        }
        long[] amounts = new long[route.length];
        amounts[route.length - 1] = amount;
        for (int h = route.length - 2; h >= 0; h--) {
            amounts[h] = amounts[h + 1] + graph.feeMsat(route[h + 1], amounts[h + 1]);
        }
        double probability = 1;
        for (int h = 0; h < route.length; h++) {
            if (amounts[h] > graph.capacityMsatOf(route[h])) {
                return null;
            }
            probability *= knowledge.probability(route[h], amounts[h]);
        }
        if (probability <= 0) {
            return null;
        }
        return new LightningPath(route, amounts, expiries(route, height, config), probability);
    }

    private int[] expiries(int[] directions, int height, RouterConfig config) {
        int length = directions.length;
        int[] cltv = new int[length];
        cltv[length - 1] = height + config.minFinalCltvExpiryDelta();
        for (int h = length - 2; h >= 0; h--) {
            cltv[h] = cltv[h + 1] + graph.cltvExpiryDelta(directions[h + 1]);
        }
        return cltv;
    }

    private void backVisit(int node, double c, int hopCount, int direction) {
        backCost[node] = c;
        backHops[node] = hopCount;
        backVia[node] = direction;
    }



    private LightningPath path(int source, int target, int height, LiquidityKnowledge knowledge, RouterConfig config) {
        int length = hops[source];
        int[] directions = new int[length];
        long[] amounts = new long[length];
        int node = source;
        double probability = 1;
        for (int h = 0; h < length; h++) {
            int d = via[node];
            directions[h] = d;
            int next = graph.to(d);
            amounts[h] = amount[next];
            probability *= knowledge.probability(d, amounts[h]);
            node = next;
        }
        if (node != target) {
            throw new IllegalStateException("route reconstruction ended at " + node + ", not " + target);
        }
        return new LightningPath(directions, amounts, expiries(directions, height, config), probability);
    }

    private void visit(int node, double c, long amountIn, int hopCount, int direction) {
        stamp[node] = query;
        cost[node] = c;
        amount[node] = amountIn;
        hops[node] = hopCount;
        via[node] = direction;
    }

    private static boolean has(long[] bits, int node) {
        return (bits[node >>> 6] & (1L << node)) != 0;
    }

    private static void set(long[] bits, int node) {
        bits[node >>> 6] |= 1L << node;
    }

    private void checkNode(int node, String role) {
        if (node < 0 || node >= graph.nodeCount()) {
            throw new IllegalArgumentException("the " + role + " must be a node 0.." + (graph.nodeCount() - 1)
                    + ", not " + node);
        }
    }
}
