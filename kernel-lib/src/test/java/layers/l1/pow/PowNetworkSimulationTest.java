package layers.l1.pow;

import layers.l1.network.SimTime;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PowNetworkSimulationTest {

    /** Fast blocks on a small network, so that a short run has forks to look at. */
    private static final PowNetworkConfig FORKY = PowNetworkConfig.bitcoin()
            .withNodes(300).withBlockInterval(SimTime.ofSeconds(20)).withSeed(5);

    private static List<String> allTables(PowNetworkResult r) {
        return List.of(r.blocks().printAll(), r.propagation().printAll(), r.forks().printAll(), r.tips().printAll(),
                r.reorgs().printAll(), r.summary().printAll());
    }

    @Test
    void theSameSeedGivesIdenticalTables() {
        assertEquals(allTables(new PowNetworkSimulation(FORKY).run(200)),
                allTables(new PowNetworkSimulation(FORKY).run(200)));
    }

    @Test
    void aDifferentSeedGivesDifferentTables() {
        PowNetworkResult a = new PowNetworkSimulation(FORKY).run(200);
        PowNetworkResult b = new PowNetworkSimulation(FORKY.withSeed(6)).run(200);
        assertNotEquals(a.blocks().printAll(), b.blocks().printAll());
        assertNotEquals(a.propagation().printAll(), b.propagation().printAll());
    }

    @Test
    void everyBlockReachesEveryNode() {
        Table p = new PowNetworkSimulation(FORKY).run(100).propagation();
        assertEquals(100, p.rowCount());
        assertEquals(0, p.doubleColumn("t100Seconds").countMissing());
        for (int i = 0; i < p.rowCount(); i++) {
            double t50 = p.doubleColumn("t50Seconds").get(i);
            double t90 = p.doubleColumn("t90Seconds").get(i);
            double t100 = p.doubleColumn("t100Seconds").get(i);
            assertTrue(0 < t50 && t50 <= t90 && t90 <= t100, "block " + p.intColumn("block").get(i));
        }
    }

    @Test
    void afterTheLastBlockSpreadsEveryNodeHoldsTheMainTip() {
        PowNetworkResult r = new PowNetworkSimulation(FORKY).run(200);
        Table tips = r.tips();
        assertEquals(300, tips.rowCount());
        assertTrue(tips.booleanColumn("onMainChain").all());
        assertTrue(tips.intColumn("tip").asSet().size() <= 2, "nodes disagree on more than a last-block tie");
    }

    @Test
    void staleBlocksAreExactlyTheMinedBlocksOffTheMainChain() {
        PowNetworkResult r = new PowNetworkSimulation(FORKY).run(300);
        assertTrue(r.staleCount() > 0, "a 20-second interval should fork at least once in 300 blocks");
        assertEquals(r.staleCount(), r.staleBlocks().rowCount());
        assertEquals(r.blocksMined() - r.staleCount(), r.tree().height(r.mainTip()));
        int staleInForks = (int) r.forks().intColumn("staleBlocks").sum();
        assertEquals(r.staleCount(), staleInForks);
    }

    @Test
    void nodesFollowTheHeaviestChainAndRecordTheirReorganisations() {
        PowNetworkResult r = new PowNetworkSimulation(FORKY).run(300);
        Table reorgs = r.reorgs();
        assertTrue(reorgs.rowCount() > 0);
        for (int i = 0; i < reorgs.rowCount(); i++) {
            int from = reorgs.intColumn("fromTip").get(i);
            int to = reorgs.intColumn("toTip").get(i);
            assertTrue(r.tree().chainWork(to) > r.tree().chainWork(from), "reorg " + i + " to less work");
            assertTrue(reorgs.intColumn("depth").get(i) >= 1);
        }
    }

    @Test
    void withBitcoinsParametersMostBlocksReachHalfTheNodesInSeconds() {
        Table s = new PowNetworkSimulation(PowNetworkConfig.bitcoin().withNodes(500)).run(50).summary();
        double t50 = s.doubleColumn("medianT50Seconds").get(0);
        assertTrue(t50 > 1 && t50 < 20, "median time to reach half the nodes: " + t50 + " s");
    }

    @Test
    void thePackageDocumentationsNotebookExampleDrawsAChart() {
        var config = PowNetworkConfig.bitcoin().withNodes(300);
        var result = new PowNetworkSimulation(config).run(50, layers.notebook.Progress.silent("mining", 50));
        Table p = result.propagation();
        XYChart chart = new XYChartBuilder().title("How long a block takes to spread")
                .xAxisTitle("block").yAxisTitle("seconds").build();
        chart.addSeries("50% of nodes", p.intColumn("block").asDoubleArray(), p.doubleColumn("t50Seconds").asDoubleArray());
        chart.addSeries("90% of nodes", p.intColumn("block").asDoubleArray(), p.doubleColumn("t90Seconds").asDoubleArray());
        assertEquals(2, chart.getSeriesCollection().size());
    }

    @Test
    void aSimulationRunsOnce() {
        PowNetworkSimulation sim = new PowNetworkSimulation(FORKY.withNodes(20));
        sim.run(5);
        assertThrows(IllegalStateException.class, () -> sim.run(5));
    }
}
