package layers.l2.lightning;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LightningGraphGeneratorTest {

    private static final LightningGraph G = LightningGraphGenerator.generate(GraphShape.of(3_000, 10_000), 7);

    @Test
    void exactSizesAndNoSelfLoops() {
        assertEquals(3_000, G.nodeCount());
        assertEquals(10_000, G.channelCount());
        for (int c = 0; c < G.channelCount(); c++) {
            assertTrue(G.nodeA(c) != G.nodeB(c));
        }
    }

    @Test
    void everyNodeHasAChannel() {
        for (int v = 0; v < G.nodeCount(); v++) {
            assertTrue(G.degree(v) >= 1, "node " + v);
        }
    }

    @Test
    void hubsAndALongTail() {
        int[] degrees = new int[G.nodeCount()];
        for (int v = 0; v < degrees.length; v++) {
            degrees[v] = G.degree(v);
        }
        Arrays.sort(degrees);
        double mean = 2.0 * G.channelCount() / G.nodeCount();
        assertTrue(degrees[degrees.length - 1] > 30 * mean, "the biggest hub has " + degrees[degrees.length - 1]);
        assertTrue(degrees[degrees.length / 2] <= mean, "median degree " + degrees[degrees.length / 2]);
        long small = Arrays.stream(degrees).filter(d -> d <= 2).count();
        assertTrue(small > degrees.length / 4, small + " nodes with 1 or 2 channels");
    }

    @Test
    void balancesAddUpToCapacities() {
        for (int c = 0; c < G.channelCount(); c++) {
            assertEquals(G.capacitySat(c) * 1_000, G.balanceMsat(2 * c) + G.balanceMsat(2 * c + 1));
            assertTrue(G.capacitySat(c) >= GraphShape.DEFAULT_MIN_CAPACITY_SAT);
        }
    }

    @Test
    void capacitiesAreLogNormalAroundTheCitedAverage() {
        long[] caps = new long[G.channelCount()];
        for (int c = 0; c < caps.length; c++) {
            caps[c] = G.capacitySat(c);
        }
        Arrays.sort(caps);
        long median = caps[caps.length / 2];
        assertTrue(Math.abs(median - GraphShape.DEFAULT_MEDIAN_SAT) < 0.1 * GraphShape.DEFAULT_MEDIAN_SAT, "median " + median);
        double mean = Arrays.stream(caps).average().orElseThrow();
        assertTrue(Math.abs(mean - GraphShape.AVERAGE_CAPACITY_SAT) < 0.2 * GraphShape.AVERAGE_CAPACITY_SAT, "mean " + mean);
    }

    @Test
    void sameSeedSameGraphOtherSeedOtherGraph() {
        LightningGraph again = LightningGraphGenerator.generate(GraphShape.of(3_000, 10_000), 7);
        LightningGraph other = LightningGraphGenerator.generate(GraphShape.of(3_000, 10_000), 8);
        boolean same = true;
        boolean differs = false;
        for (int c = 0; c < G.channelCount(); c++) {
            same &= G.nodeA(c) == again.nodeA(c) && G.nodeB(c) == again.nodeB(c) && G.capacitySat(c) == again.capacitySat(c)
                    && G.balanceMsat(2 * c) == again.balanceMsat(2 * c) && G.feePpm(2 * c + 1) == again.feePpm(2 * c + 1);
            differs |= G.nodeB(c) != other.nodeB(c) || G.capacitySat(c) != other.capacitySat(c);
        }
        assertTrue(same);
        assertTrue(differs);
    }

    @Test
    void impossibleShapesAreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> GraphShape.of(100, 50));
        assertEquals("50 channels cannot connect 100 nodes (at least 99)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GraphShape.of(5, 11));
        assertEquals("11 channels exceed the 10 pairs of 5 nodes", e.getMessage());
    }

    @Test
    void theAverageMedianConversionIsTheLogNormalMean() {
        assertEquals(GraphShape.AVERAGE_CAPACITY_SAT, GraphShape.DEFAULT_MEDIAN_SAT * Math.exp(1.5 * 1.5 / 2), 1.0);
    }
}
