package layers.l1.poh;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LeaderScheduleTest {

    private static final Map<String, Long> STAKES = Map.of("A", 600L, "B", 300L, "C", 100L);

    @Test
    void leadersGetSlotsInProportionToStake() {
        int slots = 40_000;
        Table t = LeaderSchedule.compute(STAKES, 42, slots).counts();
        double[] expected = {0.6, 0.3, 0.1};
        for (int row = 0; row < 3; row++) {
            // draws are per run of 4 slots: 10,000 draws
            double sigma = Math.sqrt(expected[row] * (1 - expected[row]) / (slots / 4.0));
            assertEquals(expected[row], t.doubleColumn("slotShare").get(row), 4 * sigma, t.stringColumn("validator").get(row));
        }
    }

    @Test
    void aLeaderKeepsFourConsecutiveSlots() {
        LeaderSchedule s = LeaderSchedule.compute(STAKES, 7, 64);
        for (int slot = 0; slot < 64; slot += 4) {
            for (int k = 1; k < 4; k++) {
                assertEquals(s.leaderAt(slot), s.leaderAt(slot + k), "slot " + (slot + k));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameScheduleWhateverTheMapOrder() {
        Map<String, Long> reordered = new java.util.LinkedHashMap<>();
        reordered.put("C", 100L);
        reordered.put("A", 600L);
        reordered.put("B", 300L);
        assertEquals(LeaderSchedule.compute(STAKES, 9, 500).leaders(), LeaderSchedule.compute(reordered, 9, 500).leaders());
    }

    @Test
    void noStakeIsMisuse() {
        assertThrows(IllegalArgumentException.class, () -> LeaderSchedule.compute(Map.of("A", 0L), 1, 10));
    }
}
