package layers.exercises.channels;

import java.util.List;
import layers.l2.lightning.LightningGraph;

/** Cheapest-fee routing on a small channel graph. */
public interface RouteFinder {

    /**
     * The nodes of the route from {@code source} to {@code target} (both included) whose fees are lowest for
     * delivering {@code amountMsat}, or an empty list if there is none. A route may use direction {@code d} only if
     * the amount it carries there is at most the channel's capacity ({@code graph.capacityMsatOf(d)}; balances are
     * unknown to the sender and ignored). Every node except the sender charges {@code graph.feeMsat(d, amount)} for
     * forwarding over its outgoing direction {@code d}, where {@code amount} is what that direction carries, so
     * amounts grow from the target back to the source. Directions leaving node {@code v}: see
     * {@code LightningGraph.outgoing(v)}.
     */
    List<Integer> cheapestRoute(LightningGraph graph, int source, int target, long amountMsat);
}
