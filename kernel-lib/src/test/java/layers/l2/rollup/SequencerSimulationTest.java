package layers.l2.rollup;

import layers.l1.network.SimTime;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequencerSimulationTest {

    @Test
    void censoredUsersGetInOnlyByForceAfterTheDelayOthersWithinABatchInterval() {
        SequencerRun run = SequencerSimulation.run(SequencerScenario.of(7));
        Table t = run.transactions();
        Table censored = t.where(t.booleanColumn("censored").isTrue().and(t.numberColumn("submitted_h").isGreaterThan(1.01)));
        Table others = t.where(t.booleanColumn("censored").isFalse());
        assertTrue(censored.rowCount() >= 2, censored.rowCount() + " censored transactions");
        double day = 24 * 60;
        double patience = 30;
        for (int i = 0; i < censored.rowCount(); i++) {
            assertTrue(censored.doubleColumn("soft_confirmation_s").isMissing(i), "a censored soft confirmation");
            if (!censored.doubleColumn("to_l1_min").isMissing(i)) {
                double m = censored.doubleColumn("to_l1_min").get(i);
                assertTrue(m >= patience + day && m <= patience + day + 1, "censored tx on L1 after " + m + " min");
                assertEquals(SequencerRun.STATUS_FORCED, censored.stringColumn("status").get(i));
            }
        }
        assertTrue(others.rowCount() > 1_000);
        double worst = others.doubleColumn("to_l1_min").max();
        assertTrue(worst <= 10.05, "an uncensored transaction took " + worst + " min to reach L1");
        assertTrue(others.doubleColumn("soft_confirmation_s").max() <= 2.0);
        RebuildReport r = run.rebuild();
        assertTrue(r.isValid(), r.verdict().toString());
        assertEquals(run.sequencer().safe().outputRoot(), r.chain().outputRoot());
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        SequencerScenario s = SequencerScenario.of(3).withDuration(RollupConfig.hours(6));
        assertEquals(SequencerSimulation.run(s).transactions().toString(),
                SequencerSimulation.run(s).transactions().toString());
        assertEquals(SequencerSimulation.run(s).sequencer().head().outputRoot(),
                SequencerSimulation.run(s).sequencer().head().outputRoot());
    }

    @Test
    void whenTheSequencerIsDownNothingIsSoftConfirmedAndL1StillIncludesAfterTheDelay() {
        SequencerScenario s = SequencerScenario.of(5).withConfig(RollupConfig.opStack()).withCensored(java.util.Set.of())
                .withDowntime(RollupConfig.hours(2), RollupConfig.hours(20)).withDuration(RollupConfig.hours(24));
        SequencerRun run = SequencerSimulation.run(s);
        Table h = run.hourly();
        for (int hour = 2; hour < 20; hour++) {
            assertEquals(0, h.intColumn("soft_confirmations").get(hour), "hour " + hour);
            assertEquals(0, h.intColumn("l2_blocks").get(hour), "hour " + hour);
        }
        Table t = run.transactions();
        Table down = t.where(t.stringColumn("route").isEqualTo(SequencerRun.ROUTE_L1_DOWN));
        assertTrue(down.rowCount() > 0);
        Table forced = t.where(t.stringColumn("status").isEqualTo(SequencerRun.STATUS_FORCED));
        assertTrue(forced.rowCount() > 0, "some were forced in by the 12-hour window");
        for (int i = 0; i < forced.rowCount(); i++) {
            assertTrue(forced.doubleColumn("to_l1_min").get(i) >= 12 * 60);
        }
        assertTrue(run.rebuild().isValid());
        assertEquals(run.sequencer().safe().outputRoot(), run.rebuild().chain().outputRoot());
    }
}
