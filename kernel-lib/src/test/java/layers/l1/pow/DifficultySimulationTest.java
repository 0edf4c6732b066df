package layers.l1.pow;

import layers.l1.block.CompactTarget;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DifficultySimulationTest {

    private static final double DIFFICULTY_1_RATE = CompactTarget.DIFFICULTY_1.work().doubleValue() / 600;

    @Test
    void afterAHashRateJumpTheDifficultyFollowsWithinClampsAndBlocksReturnToTenMinutes() {
        double base = 1_000 * DIFFICULTY_1_RATE;
        double[] rates = {base, base, 10 * base, 10 * base, 10 * base, 10 * base};
        Table t = DifficultySimulation.run(rates, difficultyOf(1_000), 1);
        // period 2 runs ten times too fast; its timespan is clamped, so the difficulty only quadruples
        assertTrue(t.booleanColumn("clamped").get(2));
        assertEquals(4.0, t.doubleColumn("difficulty").get(3) / t.doubleColumn("difficulty").get(2), 0.2);
        // two clamped steps later the difficulty has caught up and blocks come every ~10 minutes again
        assertFalse(t.booleanColumn("clamped").get(5));
        assertEquals(600, t.doubleColumn("meanIntervalSeconds").get(5), 60);
    }

    @Test
    void theSameSeedGivesTheSameRetargets() {
        double[] rates = {1e3 * DIFFICULTY_1_RATE, 2e3 * DIFFICULTY_1_RATE};
        assertEquals(DifficultySimulation.run(rates, difficultyOf(1_000), 3).printAll(),
                DifficultySimulation.run(rates, difficultyOf(1_000), 3).printAll());
    }

    private static CompactTarget difficultyOf(long d) {
        return CompactTarget.fromTarget(CompactTarget.DIFFICULTY_1.toTarget().divide(java.math.BigInteger.valueOf(d)));
    }
}
