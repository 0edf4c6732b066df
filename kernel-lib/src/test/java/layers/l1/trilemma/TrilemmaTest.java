package layers.l1.trilemma;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrilemmaTest {

    private static final TrilemmaModel MODEL = TrilemmaModel.standard().withBlocksPerPoint(400);
    private static final long[] SIZES = {1_000_000, 8_000_000, 32_000_000};
    private static final Table SWEEP = MODEL.sweep(SIZES, new double[] {600, 60});

    @Test
    void withoutStalesTheAttackerKeepsItsShareAndStalesRaiseIt() {
        assertEquals(0.25, TrilemmaModel.effectiveAttackerShare(0.25, 0), 1e-15);
        // honest 0.75 · 0.9 = 0.675; 0.25 / 0.925
        assertEquals(0.25 / 0.925, TrilemmaModel.effectiveAttackerShare(0.25, 0.1), 1e-15);
        assertEquals(1.0, TrilemmaModel.effectiveAttackerShare(0.25, 1), 1e-15);
    }

    @Test
    void nodeRequirementsByHand() {
        NodeRequirements r = NodeRequirements.of(1_000_000, 600, 6.67, NodeRequirements.Model.standard());
        // burst: 8,000,000 bits in 5% of 600 s = 266,667 bit/s; relaying to 8 peers: 8e6·9/600 = 120,000 bit/s
        assertEquals(8e6 / 30 / 1e6, r.bandwidthMbps(), 1e-12);
        // a year of 600-second blocks is 52,596 blocks: 52.6 GB, five years 263 GB
        assertEquals(1e6 * (365.25 * 86_400 / 600) * 5 / 1e9, r.storageGB(), 1e-9);
        assertEquals(66.7, r.verifyTxPerSecond(), 1e-9);
    }

    @Test
    void theShareOfNodesFallsAsRequirementsRise() {
        NodeCapacities c = NodeCapacities.illustrative();
        assertEquals(1.0, c.shareMeeting(new NodeRequirements(0, 0, 0)));
        double easy = c.shareMeeting(new NodeRequirements(1, 100, 100));
        double hard = c.shareMeeting(new NodeRequirements(100, 2_000, 20_000));
        assertTrue(easy > hard, easy + " vs " + hard);
        assertEquals(easy, c.shareMeeting(new NodeRequirements(1, 100, 100)), "the same seed draws the same machines");
    }

    @Test
    void biggerBlocksRaiseThroughputStalesAttackerSuccessAndRequirementsAndLowerTheShareOfNodes() {
        for (double interval : new double[] {600, 60}) {
            Table t = SWEEP.where(SWEEP.doubleColumn("intervalSeconds").isEqualTo(interval));
            assertEquals(SIZES.length, t.rowCount());
            for (int i = 1; i < t.rowCount(); i++) {
                String at = "interval " + interval + ", row " + i + "\n" + t.printAll();
                assertTrue(t.doubleColumn("tps").get(i) > t.doubleColumn("tps").get(i - 1), at);
                assertTrue(t.doubleColumn("staleRate").get(i) > t.doubleColumn("staleRate").get(i - 1), at);
                assertTrue(t.doubleColumn("attackerSuccess").get(i) > t.doubleColumn("attackerSuccess").get(i - 1), at);
                assertTrue(t.doubleColumn("bandwidthMbps").get(i) > t.doubleColumn("bandwidthMbps").get(i - 1), at);
                assertTrue(t.doubleColumn("storageGB").get(i) > t.doubleColumn("storageGB").get(i - 1), at);
                assertTrue(t.doubleColumn("shareOfNodesThatCanVerify").get(i)
                        <= t.doubleColumn("shareOfNodesThatCanVerify").get(i - 1), at);
            }
        }
    }

    @Test
    void shorterIntervalsDoTheSame() {
        for (long size : SIZES) {
            Table t = SWEEP.where(SWEEP.longColumn("blockSizeBytes").isEqualTo(size));
            int slow = t.doubleColumn("intervalSeconds").get(0) == 600 ? 0 : 1;
            int fast = 1 - slow;
            assertTrue(t.doubleColumn("tps").get(fast) > t.doubleColumn("tps").get(slow));
            assertTrue(t.doubleColumn("staleRate").get(fast) > t.doubleColumn("staleRate").get(slow), t.printAll());
            assertTrue(t.doubleColumn("shareOfNodesThatCanVerify").get(fast)
                    <= t.doubleColumn("shareOfNodesThatCanVerify").get(slow));
        }
    }

    @Test
    void theSameInputsGiveTheSameTable() {
        Table again = MODEL.sweep(new long[] {1_000_000, 8_000_000}, new double[] {60});
        Table subset = SWEEP.where(SWEEP.doubleColumn("intervalSeconds").isEqualTo(60)
                .and(SWEEP.longColumn("blockSizeBytes").isLessThan(10_000_000)));
        assertEquals(subset.printAll().replaceAll("^.*\\n", ""), again.printAll().replaceAll("^.*\\n", ""));
    }
}
