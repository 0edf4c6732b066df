package layers.exercises.channels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import layers.l2.lightning.LightningGraph;

/**
 * Exercise {@code channels.find-route}: Dijkstra for the cheapest fees, run from the recipient back to the sender.
 * Write {@link #cheapestRoute}, then grade it: {@code ./course grade channels.find-route}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Search backwards: start at {@code target} with fee 0 and amount {@code amountMsat}; a node's label is the
 *       fee paid from it to the target and the amount that must arrive at it.</li>
 *   <li>From a settled node {@code v}, each {@code d} in {@code graph.outgoing(v)} has a reverse {@code d ^ 1} going
 *       from {@code u = graph.to(d)} to {@code v}. It carries {@code amount[v]}; skip it if that exceeds
 *       {@code graph.capacityMsatOf(d ^ 1)}. Node {@code u} charges {@code graph.feeMsat(d ^ 1, amount[v])}, unless
 *       {@code u} is the source.</li>
 *   <li>A {@code PriorityQueue<long[]>} of {@code {fee, node}} ordered by fee, with a {@code done} array, is enough.
 *       Remember each node's next hop to rebuild the route from the source.</li>
 * </ol>
 */
public class MyRouteFinder implements RouteFinder {

    @Override
    public List<Integer> cheapestRoute(LightningGraph graph, int source, int target, long amountMsat) {
        // BEGIN SOLUTION channels.find-route
        int n = graph.nodeCount();
        long[] fee = new long[n];
        long[] amount = new long[n];
        int[] next = new int[n];
        boolean[] done = new boolean[n];
        Arrays.fill(fee, Long.MAX_VALUE);
        fee[target] = 0;
        amount[target] = amountMsat;
        next[target] = -1;
        PriorityQueue<long[]> queue = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        queue.add(new long[] {0, target});
        while (!queue.isEmpty()) {
            int v = (int) queue.poll()[1];
            if (done[v]) {
                continue;
            }
            done[v] = true;
            if (v == source) {
                List<Integer> route = new ArrayList<>();
                for (int node = source; node != -1; node = next[node]) {
                    route.add(node);
                }
                return route;
            }
            for (int d : graph.outgoing(v)) {
                int in = d ^ 1;
                int u = graph.to(d);
                if (done[u] || amount[v] > graph.capacityMsatOf(in)) {
                    continue;
                }
                long charge = u == source ? 0 : graph.feeMsat(in, amount[v]);
                if (fee[v] + charge < fee[u]) {
                    fee[u] = fee[v] + charge;
                    amount[u] = amount[v] + charge;
                    next[u] = v;
                    queue.add(new long[] {fee[u], u});
                }
            }
        }
        return List.of();
        // END SOLUTION
    }
}
