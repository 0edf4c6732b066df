package layers.exercises.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l2.htlc.ChannelPolicy;
import layers.l2.lightning.LightningGraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "channels.find-route",
        title = "Find the cheapest route",
        contract = RouteFinder.class,
        statement = """
                Write `cheapestRoute(graph, source, target, amountMsat)`: the nodes of the route with the lowest \
                total fee, source and target included, or an empty list. A direction can carry at most its \
                channel's capacity (`graph.capacityMsatOf(d)`; the sender does not know the balances). Each node but \
                the sender charges `graph.feeMsat(d, amount)` on what its outgoing direction `d` carries, so run \
                Dijkstra from the target back to the source, carrying the amount that must arrive at each node.""",
        hints = {
            "Start at the target with fee 0 and amount `amountMsat`.",
            "For a settled node v, each `d` in `graph.outgoing(v)` has a reverse `d ^ 1` from `u = graph.to(d)` to v, "
                    + "carrying the amount that must arrive at v; the source charges nothing.",
            "A `PriorityQueue<long[]>` of `{fee, node}` and a `done` array; remember each node's next hop."
        })
class RouteFinderTest {

    private static final ChannelPolicy FREE = new ChannelPolicy(0, 0, 40);
    private final RouteFinder finder = Implementation.of(RouteFinder.class);

    /** 0-1-3 (node 1: 2,000 msat base) and 0-2-3 (node 2: 1,000 ppm); channel 2-3 holds 500,000 sat. */
    private static LightningGraph diamond() {
        return LightningGraph.builder(4)
                .channel(0, 1, 1_000_000, 500_000_000L, FREE, FREE)
                .channel(0, 2, 1_000_000, 500_000_000L, FREE, FREE)
                .channel(1, 3, 1_000_000, 500_000_000L, new ChannelPolicy(2_000, 0, 40), FREE)
                .channel(2, 3, 500_000, 250_000_000L, new ChannelPolicy(0, 1_000, 40), FREE)
                .build();
    }

    @Test
    @Points(2)
    @DisplayName("small amounts go where the proportional fee is small")
    void small() {
        assertEquals(List.of(0, 2, 3), finder.cheapestRoute(diamond(), 0, 3, 1_000_000), "1,000 sat: 1,000 msat via 2");
    }

    @Test
    @Points(2)
    @DisplayName("large amounts go where the base fee is all there is")
    void large() {
        assertEquals(List.of(0, 1, 3), finder.cheapestRoute(diamond(), 0, 3, 100_000_000), "100,000 sat: 2,000 msat via 1");
    }

    @Test
    @Points(1)
    @DisplayName("no route when the amount exceeds every capacity")
    void none() {
        assertEquals(List.of(), finder.cheapestRoute(diamond(), 0, 3, 2_000_000_000L), "2,000,000 sat");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("the capacity limit applies to the amount including downstream fees")
    void capacityIncludesFees() {
        // 0-1-2-3 line where channel 0-1 holds exactly the amount: the fee of node 2 pushes it over
        ChannelPolicy fee = new ChannelPolicy(1_000, 0, 40);
        LightningGraph g = LightningGraph.builder(5)
                .channel(0, 1, 100, 50_000L, FREE, FREE)
                .channel(1, 2, 1_000, 500_000L, FREE, FREE)
                .channel(2, 3, 1_000, 500_000L, fee, FREE)
                .channel(0, 4, 1_000, 500_000L, FREE, FREE)
                .channel(4, 2, 1_000, 500_000L, new ChannelPolicy(5_000, 0, 40), FREE)
                .build();
        assertEquals(List.of(0, 4, 2, 3), finder.cheapestRoute(g, 0, 3, 100_000), "100 sat + 1 sat fee over a 100-sat channel");
        assertEquals(List.of(0, 1, 2, 3), finder.cheapestRoute(g, 0, 3, 99_000), "99 sat + 1 sat fee fits");
    }
}
