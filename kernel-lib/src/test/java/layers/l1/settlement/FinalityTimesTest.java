package layers.l1.settlement;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The waiting-time distributions against their exact forms. */
class FinalityTimesTest {

    @Test
    void aSlotsBlockIsFinalAtTheEndOfTheEpochAfterItsCheckpoints() {
        assertEquals(768, FinalityTimes.posFinalizedAt(0), "the checkpoint block of epoch 0: end of epoch 1");
        assertEquals(1_152, FinalityTimes.posFinalizedAt(1), "slot 1 is under epoch 1's checkpoint: end of epoch 2");
        assertEquals(1_152, FinalityTimes.posFinalizedAt(32));
        assertEquals(1_536, FinalityTimes.posFinalizedAt(33));
        assertThrows(IllegalArgumentException.class, () -> FinalityTimes.posFinalizedAt(-1));
    }

    @Test
    void withEverySlotFilledFinalityTakesTwelvePointEightToNineteenPointTwoMinutes() {
        double[] inclusion = FinalityTimes.posInclusionSeconds(20_000, 0, 7);
        double[] finality = FinalityTimes.posFinalitySeconds(20_000, 0, 7);
        assertTrue(Arrays.stream(inclusion).allMatch(t -> t > 0 && t <= 12), "the next slot");
        assertTrue(Arrays.stream(finality).allMatch(t -> t > 768 && t <= 1_152), "between 2 and 3 epochs");
        // sent uniformly over an epoch, so finality is uniform over (768, 1152]: mean 960
        assertEquals(960, Arrays.stream(finality).average().orElseThrow(), 4);
        assertEquals(6, Arrays.stream(inclusion).average().orElseThrow(), 0.1);
    }

    @Test
    void missedSlotsDelayInclusion() {
        double[] filled = FinalityTimes.posInclusionSeconds(20_000, 0, 3);
        double[] missed = FinalityTimes.posInclusionSeconds(20_000, 0.2, 3);
        // each missed proposer adds a slot: 12 · 0.2 / 0.8 = 3 s on average
        assertEquals(Arrays.stream(filled).average().orElseThrow() + 3, Arrays.stream(missed).average().orElseThrow(),
                0.3);
        assertThrows(IllegalArgumentException.class, () -> FinalityTimes.posInclusionSeconds(10, 1.0, 3));
    }

    @Test
    void powSamplesFollowTheErlangDistribution() {
        for (int k : new int[] {1, 6}) {
            double[] t = FinalityTimes.powSeconds(k, 40_000, 11);
            assertEquals(600.0 * k, Arrays.stream(t).average().orElseThrow(), 600.0 * k * 0.02, "mean, k = " + k);
            for (double minutes : new double[] {5, 10, 30, 60, 90}) {
                double seconds = minutes * 60;
                double empirical = Arrays.stream(t).filter(x -> x <= seconds).count() / (double) t.length;
                assertEquals(FinalityTimes.powProbabilityWithin(k, seconds), empirical, 0.01,
                        "k = " + k + ", within " + minutes + " min");
            }
        }
        // the exact values: 1 - e^-1 within one mean interval; 6 blocks within an hour: 1 - Σ_{n<6} e^-6 6^n/n!
        assertEquals(1 - Math.exp(-1), FinalityTimes.powProbabilityWithin(1, 600), 1e-15);
        assertEquals(0.5543203586353768, FinalityTimes.powProbabilityWithin(6, 3_600), 1e-12);
        assertEquals(0, FinalityTimes.powProbabilityWithin(3, 0), 0);
    }

    @Test
    void theSameSeedGivesTheSameSamples() {
        assertArrayEquals(FinalityTimes.powSeconds(3, 100, 5), FinalityTimes.powSeconds(3, 100, 5));
        assertArrayEquals(FinalityTimes.posFinalitySeconds(100, 0.01, 5),
                FinalityTimes.posFinalitySeconds(100, 0.01, 5));
        assertTrue(!Arrays.equals(FinalityTimes.powSeconds(3, 100, 5), FinalityTimes.powSeconds(3, 100, 6)));
        assertThrows(IllegalArgumentException.class, () -> FinalityTimes.powSeconds(0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> FinalityTimes.powSeconds(1, 0, 1));
    }

    @Test
    void percentilesByNearestRank() {
        double[] v = {5, 1, 4, 2, 3};
        assertEquals(3, FinalityTimes.percentile(v, 50));
        assertEquals(5, FinalityTimes.percentile(v, 100));
        assertEquals(1, FinalityTimes.percentile(v, 1));
        assertThrows(IllegalArgumentException.class, () -> FinalityTimes.percentile(v, 0));
        Table t = FinalityTimes.table(2_000, 0, 1);
        assertEquals(4, t.rowCount());
        assertTrue(t.doubleColumn("p50Minutes").get(3) < t.doubleColumn("p50Minutes").get(1),
                "finality under PoS comes before 6 confirmations under PoW at the median");
    }
}
