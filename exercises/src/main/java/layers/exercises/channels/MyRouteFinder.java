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
        throw new UnsupportedOperationException("exercise channels.find-route: not written yet — see the hints above");
    }
}
