package layers.l1.pow;

import layers.l1.pow.DoubleSpendRace.Estimate;
import layers.l1.pow.DoubleSpendRace.HonestProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoubleSpendRaceTest {

    private static final long TRIALS = 200_000;
    /** A seeded run agrees if it is within this many standard errors sqrt(P(1-P)/trials) of the exact value. */
    private static final double SIGMAS = 4;

    @ParameterizedTest(name = "q = {0}, z = {1}")
    @CsvSource({"0.1, 1", "0.1, 3", "0.3, 2", "0.3, 5", "0.3, 10", "0.4, 6"})
    void theWhitepapersRaceSimulatedAgreesWithItsFormula(double q, int z) {
        Estimate e = DoubleSpendRace.simulate(q, z, TRIALS, 1_000 + z, HonestProgress.EXPECTED_TIME);
        double exact = AttackerSuccess.probability(q, z);
        assertTrue(e.agreesWith(exact, SIGMAS), "simulated " + e.probability() + " ± " + e.standardError()
                + ", exact " + exact);
    }

    @ParameterizedTest(name = "q = {0}, z = {1}")
    @CsvSource({"0.1, 1", "0.1, 5", "0.3, 5", "0.3, 10", "0.4, 6"})
    void theBlockByBlockRaceAgreesWithTheNegativeBinomialFormula(double q, int z) {
        Estimate e = DoubleSpendRace.simulate(q, z, TRIALS, 2_000 + z, HonestProgress.BLOCK_RACE);
        double exact = AttackerSuccess.raceProbability(q, z);
        assertTrue(e.agreesWith(exact, SIGMAS), "simulated " + e.probability() + " ± " + e.standardError()
                + ", exact " + exact);
    }

    @Test
    void theSimulationTellsTheTwoModelsApartAtTenConfirmations() {
        // q = 0.3, z = 10: whitepaper 0.0416605, block race 0.0651067; 200,000 trials resolve ±0.0005
        Estimate race = DoubleSpendRace.simulate(0.3, 10, TRIALS, 3, HonestProgress.BLOCK_RACE);
        assertFalse(race.agreesWith(AttackerSuccess.probability(0.3, 10), SIGMAS));
    }

    @Test
    void theSameSeedGivesTheSameEstimate() {
        Estimate a = DoubleSpendRace.simulate(0.2, 4, 10_000, 9, HonestProgress.BLOCK_RACE);
        Estimate b = DoubleSpendRace.simulate(0.2, 4, 10_000, 9, HonestProgress.BLOCK_RACE);
        assertEquals(a, b);
    }

    @Test
    void theDeficitCapBiasIsNegligibleByDefault() {
        Estimate e = DoubleSpendRace.simulate(0.45, 5, 1_000, 4, HonestProgress.BLOCK_RACE);
        assertTrue(e.capBias() < 1e-12, "cap bias " + e.capBias());
    }
}
