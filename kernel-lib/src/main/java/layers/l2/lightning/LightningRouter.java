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
    }

    /**
     * The best route from {@code source} to {@code target} for {@code amountMsat} at block {@code height}, or empty
     * if none has a positive probability within {@code config.maxHops()}.
     *
     * @throws IllegalArgumentException for a node outside the graph, equal ends, or a non-positive amount
     */
    public Optional<LightningPath> findPath(int source, int target, long amountMsat, int height,
                                            LiquidityKnowledge knowledge, RouterConfig config) {
        checkNode(source, "source");
        checkNode(target, "target");
        if (source == target) {
            throw new IllegalArgumentException("the sender and the recipient are both node " + source);
        }
        if (amountMsat <= 0) {
            throw new IllegalArgumentException("a payment carries more than 0 msat, not " + amountMsat);
        }
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
        int[] cltv = new int[length];
        cltv[length - 1] = height + config.minFinalCltvExpiryDelta();
        for (int h = length - 2; h >= 0; h--) {
            cltv[h] = cltv[h + 1] + graph.cltvExpiryDelta(directions[h + 1]);
        }
        return new LightningPath(directions, amounts, cltv, probability);
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
