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
 */
public final class LightningRouter {

    private final LightningGraph graph;
    private final double[] cost;
    private final long[] amount;
    private final int[] hops;
    private final int[] via;
    private final int[] stamp;
    private final double[] backCost;
    private final int[] backVia;
    private final int[] backStamp;
    private double[] backKeys = new double[1024];
    private int[] backNodes = new int[1024];
    private int backHeapSize;
    private int query;
    private double[] heapKeys = new double[1024];
    private int[] heapNodes = new int[1024];
    private int heapSize;

    public LightningRouter(LightningGraph graph) {
        this.graph = graph;
        int n = graph.nodeCount();
        this.cost = new double[n];
        this.amount = new long[n];
        this.hops = new int[n];
        this.via = new int[n];
        this.stamp = new int[n];
        this.backCost = new double[n];
        this.backVia = new int[n];
        this.backStamp = new int[n];
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
        query++;
        heapSize = 0;
        visit(target, 0, amountMsat, 0, -1);
        push(0, target);
        while (heapSize > 0) {
            double key = heapKeys[0];
            int v = pop();
            if (key > cost[v]) {
                continue; // stale entry
            }
            if (v == source) {
                return Optional.of(path(source, target, height, knowledge, config));
            }
            if (hops[v] >= config.maxHops()) {
                continue;
            }
            long arriving = amount[v];
            for (int i = graph.start(v); i < graph.start(v + 1); i++) {
                int d = graph.direction(i) ^ 1; // the direction u -> v
                int u = graph.from(d);
                if (arriving > graph.capacityMsatOf(d)) {
                    continue;
                }
                double p = knowledge.probability(d, arriving);
                if (p <= 0) {
                    continue;
                }
                long fee = u == source ? 0 : graph.feeMsat(d, arriving);
                double c = cost[v] + fee + riskWeight * -Math.log(p);
                if (stamp[u] != query || c < cost[u]) {
                    visit(u, c, arriving + fee, hops[v] + 1, d);
                    push(c, u);
                }
            }
        }
        return Optional.empty();
    }

    /** The directions of the best route at a fixed amount, source to target, or null if there is none. */
    private int[] bidirectional(int source, int target, long amount, LiquidityKnowledge knowledge,
                                RouterConfig config) {
        double riskWeight = config.riskWeightMsat(amount);
        query++;
        heapSize = 0;
        backHeapSize = 0;
        visit(source, 0, amount, 0, -1);
        backVisit(target, 0, -1);
        push(0, source);
        backPush(0, target);
        double best = Double.POSITIVE_INFINITY;
        int meetDirection = -1;
        while (heapSize > 0 && backHeapSize > 0 && (heapKeys[0] + backKeys[0]) * (1 + config.approximation()) < best) {
            if (heapKeys[0] <= backKeys[0]) {
                double key = heapKeys[0];
                int u = pop();
                if (key > cost[u]) {
                    continue;
                }
                for (int i = graph.start(u); i < graph.start(u + 1); i++) {
                    int d = graph.direction(i);
                    int v = graph.to(d);
                    double w = weight(d, u == source, amount, riskWeight, knowledge);
                    if (w == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = cost[u] + w;
                    if (stamp[v] != query || c < cost[v]) {
                        visit(v, c, amount, hops[u] + 1, d);
                        push(c, v);
                    }
                    if (backStamp[v] == query && c + backCost[v] < best) {
                        best = c + backCost[v];
                        meetDirection = d;
                    }
                }
            } else {
                double key = backKeys[0];
                int v = backPop();
                if (key > backCost[v]) {
                    continue;
                }
                for (int i = graph.start(v); i < graph.start(v + 1); i++) {
                    int d = graph.direction(i) ^ 1; // u -> v
                    int u = graph.from(d);
                    double w = weight(d, u == source, amount, riskWeight, knowledge);
                    if (w == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = backCost[v] + w;
                    if (backStamp[u] != query || c < backCost[u]) {
                        backVisit(u, c, d);
                        backPush(c, u);
                    }
                    if (stamp[u] == query && cost[u] + c < best) {
                        best = cost[u] + c;
                        meetDirection = d;
                    }
                }
            }
        }
        if (meetDirection < 0) {
            return null;
        }
        int[] front = new int[graph.nodeCount()];
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

    /** A hop's cost at a fixed amount: the forwarder's fee (none for the sender) + the price of failure. */
    private double weight(int d, boolean fromSource, long amount, double riskWeight, LiquidityKnowledge knowledge) {
        if (amount > graph.capacityMsatOf(d)) {
            return Double.POSITIVE_INFINITY;
        }
        double p = knowledge.probability(d, amount);
        if (p <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return (fromSource ? 0 : graph.feeMsat(d, amount)) - riskWeight * Math.log(p);
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

    private void backVisit(int node, double c, int direction) {
        backStamp[node] = query;
        backCost[node] = c;
        backVia[node] = direction;
    }

    private void backPush(double key, int node) {
        if (backHeapSize == backKeys.length) {
            backKeys = Arrays.copyOf(backKeys, 2 * backHeapSize);
            backNodes = Arrays.copyOf(backNodes, 2 * backHeapSize);
        }
        int i = backHeapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (backKeys[parent] <= key) {
                break;
            }
            backKeys[i] = backKeys[parent];
            backNodes[i] = backNodes[parent];
            i = parent;
        }
        backKeys[i] = key;
        backNodes[i] = node;
    }

    private int backPop() {
        int top = backNodes[0];
        double key = backKeys[--backHeapSize];
        int node = backNodes[backHeapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= backHeapSize) {
                break;
            }
            if (child + 1 < backHeapSize && backKeys[child + 1] < backKeys[child]) {
                child++;
            }
            if (backKeys[child] >= key) {
                break;
            }
            backKeys[i] = backKeys[child];
            backNodes[i] = backNodes[child];
            i = child;
        }
        backKeys[i] = key;
        backNodes[i] = node;
        return top;
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

    private void checkNode(int node, String role) {
        if (node < 0 || node >= graph.nodeCount()) {
            throw new IllegalArgumentException("the " + role + " must be a node 0.." + (graph.nodeCount() - 1)
                    + ", not " + node);
        }
    }

    private void push(double key, int node) {
        if (heapSize == heapKeys.length) {
            heapKeys = Arrays.copyOf(heapKeys, 2 * heapSize);
            heapNodes = Arrays.copyOf(heapNodes, 2 * heapSize);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heapKeys[parent] <= key) {
                break;
            }
            heapKeys[i] = heapKeys[parent];
            heapNodes[i] = heapNodes[parent];
            i = parent;
        }
        heapKeys[i] = key;
        heapNodes[i] = node;
    }

    private int pop() {
        int top = heapNodes[0];
        double key = heapKeys[--heapSize];
        int node = heapNodes[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKeys[child + 1] < heapKeys[child]) {
                child++;
            }
            if (heapKeys[child] >= key) {
                break;
            }
            heapKeys[i] = heapKeys[child];
            heapNodes[i] = heapNodes[child];
            i = child;
        }
        heapKeys[i] = key;
        heapNodes[i] = node;
        return top;
    }
}
