package layers.l1.pow;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whitepaper's formula stays a probability, and keeps falling, where exp(−λ) alone underflows. */
class AttackerSuccessLargeDepthTest {

    @Test
    void noHashPowerNeverCatchesUpOnceABlockIsConfirmed() {
        assertTrue(AttackerSuccess.probability(0.0, 1) == 0.0);
        assertTrue(AttackerSuccess.probability(0.0, 0) == 1.0);
    }

    @Test
    void veryDeepConfirmationsGiveATinyPositiveProbabilityThatKeepsFalling() {
        double previous = 1;
        for (int z = 300; z <= 2_000; z += 100) {
            double p = AttackerSuccess.probability(0.45, z);
            assertTrue(p >= 0 && p < previous, "z=" + z + ": " + p + " after " + previous);
            previous = p;
        }
    }
}
