package layers.l1.pow;

import layers.l1.pow.SelfishMining.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelfishMiningTest {

    private static final long BLOCKS = 2_000_000;

    @ParameterizedTest(name = "γ = {0}: α > {1}")
    @CsvSource({"0, 0.333333333333", "0.5, 0.25", "1, 0"})
    void thresholdIsOneMinusGammaOverThreeMinusTwoGamma(double gamma, double expected) {
        assertEquals(expected, SelfishMining.threshold(gamma), 1e-12);
    }

    @ParameterizedTest(name = "γ = {0}")
    @CsvSource({"0", "0.5", "1"})
    void atTheThresholdTheClosedFormRevenueEqualsTheShare(double gamma) {
        double alpha = SelfishMining.threshold(gamma);
        assertEquals(alpha, SelfishMining.revenue(alpha, gamma), 1e-12);
        assertTrue(SelfishMining.revenue(alpha + 0.05, gamma) > alpha + 0.05);
        if (alpha >= 0.05) {
            assertTrue(SelfishMining.revenue(alpha - 0.05, gamma) < alpha - 0.05);
        }
    }

    @ParameterizedTest(name = "α = {0}, γ = {1}")
    @CsvSource({"0.1, 0", "0.25, 0", "0.35, 0", "0.45, 0", "0.1, 0.5", "0.3, 0.5", "0.45, 0.5", "0.1, 1",
            "0.3, 1", "0.45, 1"})
    void simulatedRevenueAgreesWithTheClosedForm(double alpha, double gamma) {
        Outcome o = SelfishMining.simulate(alpha, gamma, BLOCKS, 31);
        double formula = SelfishMining.revenue(alpha, gamma);
        assertEquals(formula, o.relativeRevenue(), Math.max(5 * o.standardError(), 1e-3),
                "standard error " + o.standardError());
    }

    @ParameterizedTest(name = "γ = {0}")
    @CsvSource({"0", "0.5", "1"})
    void theSimulatedProfitabilityThresholdAgreesWithTheFormula(double gamma) {
        double simulated = SelfishMining.simulatedThreshold(gamma, 1_000_000, 17);
        assertEquals(SelfishMining.threshold(gamma), simulated, 0.02);
    }

    @Test
    void belowTheThresholdSelfishMiningLosesRevenue() {
        Outcome o = SelfishMining.simulate(0.2, 0, BLOCKS, 5);
        assertTrue(o.gain() < 0, "gain " + o.gain());
        assertFalse(SelfishMining.revenue(0.2, 0) > 0.2);
    }

    @Test
    void theStateMachineWalksThroughTheRaceState() {
        SelfishMiner pool = new SelfishMiner();
        pool.onPoolFoundBlock();              // lead 1
        assertEquals(1, pool.lead());
        pool.onOthersFoundBlock(false);       // publish: state 0'
        assertTrue(pool.racing());
        pool.onOthersFoundBlock(true);        // others build on the pool's block: one each
        assertEquals(1, pool.poolRevenue());
        assertEquals(1, pool.othersRevenue());
        assertFalse(pool.racing());
        pool.onPoolFoundBlock();
        pool.onPoolFoundBlock();              // lead 2
        pool.onOthersFoundBlock(false);       // publish both: the pool wins 2
        assertEquals(3, pool.poolRevenue());
        assertEquals(0, pool.lead());
    }
}
