package layers.l1.pow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttackerSuccessTest {

    @ParameterizedTest(name = "q = {0}, z = {1}: P = {2}")
    @CsvFileSource(resources = "/layers/l1/pow/whitepaper-attacker-success.csv", numLinesToSkip = 1)
    void reproducesTheWhitepapersTableToSevenDecimals(double q, int z, String printed) {
        double p = AttackerSuccess.probability(q, z);
        assertEquals(printed, String.format(java.util.Locale.ROOT, "%.7f", p));
    }

    @ParameterizedTest(name = "q = {0} needs z = {1}")
    @CsvFileSource(resources = "/layers/l1/pow/whitepaper-confirmations.csv", numLinesToSkip = 1)
    void reproducesTheWhitepapersConfirmationsForPBelowOneTenthOfAPercent(double q, int z) {
        assertEquals(z, AttackerSuccess.confirmationsFor(q, AttackerSuccess.WHITEPAPER_RISK));
    }

    @ParameterizedTest(name = "q = {0}, z = {1}: (q/p)^z = {2}")
    @CsvSource({"0.1, 0, 1", "0.1, 1, 0.111111111111", "0.25, 3, 0.037037037037", "0.4, 2, 0.444444444444"})
    void catchingUpFromZBehindIsQOverPToTheZ(double q, int z, double expected) {
        assertEquals(expected, AttackerSuccess.catchUpProbability(q, z), 1e-12);
    }

    @Test
    void anAttackerWithHalfOrMoreAlwaysSucceeds() {
        assertEquals(1.0, AttackerSuccess.probability(0.5, 100));
        assertEquals(1.0, AttackerSuccess.probability(0.6, 6));
        assertEquals(1.0, AttackerSuccess.catchUpProbability(0.51, 1000));
        assertEquals(1.0, AttackerSuccess.raceProbability(0.7, 20));
    }

    @Test
    void theExactRaceDiffersFromThePoissonApproximation() {
        // one confirmation: the attacker wins if its next block comes before the honest one, or ties and then
        // catches up: 2q exactly, against the whitepaper's 0.2045873
        assertEquals(0.2, AttackerSuccess.raceProbability(0.1, 1), 1e-15);
        assertEquals(0.2045873, AttackerSuccess.probability(0.1, 1), 5e-8);
        // with more confirmations the Poisson approximation underestimates the risk: 0.0017818 against 0.0009137
        assertEquals(0.0017818, AttackerSuccess.raceProbability(0.1, 5), 5e-8);
    }

    @Test
    void moreConfirmationsMeanLessRisk() {
        double previous = 1.0;
        for (int z = 1; z <= 30; z++) {
            double p = AttackerSuccess.probability(0.2, z);
            assertTrue(p < previous, "z = " + z);
            previous = p;
        }
    }

    @Test
    void badArgumentsAreNamedInTheMessage() {
        IllegalArgumentException share = assertThrows(IllegalArgumentException.class,
                () -> AttackerSuccess.probability(1.5, 3));
        assertEquals("the attacker's share q must be between 0 and 1, was 1.5", share.getMessage());
        IllegalArgumentException depth = assertThrows(IllegalArgumentException.class,
                () -> AttackerSuccess.probability(0.1, -1));
        assertEquals("confirmations z must be 0 or more, was -1", depth.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AttackerSuccess.confirmationsFor(0.5, 0.001));
    }
}
