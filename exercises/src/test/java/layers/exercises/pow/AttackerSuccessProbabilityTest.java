package layers.exercises.pow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.pow.AttackerSuccess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pow.attacker-success",
        title = "The whitepaper's attacker success probability",
        contract = AttackerSuccessProbability.class,
        statement = """
                Section 11 of the Bitcoin whitepaper asks how likely an attacker with a share `q` of the hash \
                power is to replace a payment that has `z` confirmations. With `p = 1 - q` and `λ = z·q/p`, the \
                attacker's expected progress while the honest chain finds its `z` blocks, the answer is \
                `P = 1 - Σ_{k=0..z} (λ^k e^(-λ) / k!) · (1 - (q/p)^(z-k))`. Write \
                `attackerSuccessProbability(q, z)`. It must reproduce the whitepaper's printed tables to 7 \
                decimals, return 1 when `q >= p`, work for hundreds of confirmations, and throw \
                `IllegalArgumentException` for a `q` outside [0, 1] (NaN too) or a negative `z`.""",
        hints = {
            "Check the arguments first. `!(q >= 0 && q <= 1)` is true for NaN as well, which `q < 0 || q > 1` is "
                    + "not. Then, if `q >= 1 - q`, the answer is 1.",
            "Start from `sum = 1` and subtract each term `poisson(k) * (1 - Math.pow(q / p, z - k))` for "
                    + "`k = 0 .. z`.",
            "`k!` overflows a `double` at k = 171 and `λ^k` soon after. Build each Poisson term from the one before: "
                    + "`poisson(0) = Math.exp(-λ)`, `poisson(k) = poisson(k - 1) * λ / k`."
        })
class AttackerSuccessProbabilityTest {

    /** Nakamoto (2008), section 11, as printed: z = 0..10 for q = 0.1. */
    private static final double[] Q10 = {1.0000000, 0.2045873, 0.0509779, 0.0131722, 0.0034552, 0.0009137,
        0.0002428, 0.0000647, 0.0000173, 0.0000046, 0.0000012};
    /** Nakamoto (2008), section 11, as printed: z = 0, 5, ..., 50 for q = 0.3. */
    private static final double[] Q30 = {1.0000000, 0.1773523, 0.0416605, 0.0101008, 0.0024804, 0.0006132,
        0.0001522, 0.0000379, 0.0000095, 0.0000024, 0.0000006};
    /** Agreeing to 7 decimals: within half a unit of the 7th. */
    private static final double SEVEN_DECIMALS = 0.5e-7;

    private final AttackerSuccessProbability risk = Implementation.of(AttackerSuccessProbability.class);

    @Test
    @Points(2)
    @DisplayName("the whitepaper's table for q = 0.1, z = 0 to 10")
    void whitepaperTableQ10() {
        for (int z = 0; z < Q10.length; z++) {
            assertEquals(Q10[z], risk.attackerSuccessProbability(0.1, z), SEVEN_DECIMALS,
                    "attackerSuccessProbability(0.1, " + z + ") to 7 decimals");
        }
    }

    @Test
    @Points(2)
    @DisplayName("the whitepaper's table for q = 0.3, z = 0 to 50 in steps of 5")
    void whitepaperTableQ30() {
        for (int i = 0; i < Q30.length; i++) {
            assertEquals(Q30[i], risk.attackerSuccessProbability(0.3, 5 * i), SEVEN_DECIMALS,
                    "attackerSuccessProbability(0.3, " + 5 * i + ") to 7 decimals");
        }
    }

    @Test
    @Points(1)
    @DisplayName("an attacker with half the hash power or more always catches up")
    void halfOrMoreAlwaysWins() {
        for (double q : new double[] {0.5, 0.6, 1.0}) {
            for (int z : new int[] {0, 6, 100}) {
                assertEquals(1.0, risk.attackerSuccessProbability(q, z), 0.0,
                        "attackerSuccessProbability(" + q + ", " + z + ")");
            }
        }
    }

    @Test
    @Points(1)
    @DisplayName("a share outside [0, 1] or negative confirmations are an IllegalArgumentException")
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> risk.attackerSuccessProbability(-0.1, 6),
                "attackerSuccessProbability(-0.1, 6)");
        assertThrows(IllegalArgumentException.class, () -> risk.attackerSuccessProbability(1.1, 6),
                "attackerSuccessProbability(1.1, 6)");
        assertThrows(IllegalArgumentException.class, () -> risk.attackerSuccessProbability(Double.NaN, 6),
                "attackerSuccessProbability(NaN, 6)");
        assertThrows(IllegalArgumentException.class, () -> risk.attackerSuccessProbability(0.1, -1),
                "attackerSuccessProbability(0.1, -1)");
    }
}
