package layers.exercises.pow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.pow.AttackerSuccess;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pow.confirmations-needed",
        title = "How many confirmations to wait for",
        contract = ConfirmationsNeeded.class,
        statement = """
                The whitepaper ends section 11 with a table: for each attacker share `q`, the confirmations `z` a \
                merchant needs before the attacker's chance is below 0.1%. Write `confirmationsFor(q, risk)`, the \
                smallest `z` with `P(q, z) < risk`, where `P` is the whitepaper's probability \
                (`AttackerSuccess.probability(q, z)` in the library, or your `pow.attacker-success`). From \
                `q = 0.5` on no number is enough; that, a `q` below 0, and a `risk` not strictly between 0 and 1 \
                are an `IllegalArgumentException`.""",
        hints = {
            "Reject the arguments that have no answer before you search: a loop for `q = 0.5` never ends, because "
                    + "the probability stays 1.",
            "`AttackerSuccess.probability(q, z)` is the whitepaper's formula (your `pow.attacker-success` gives the "
                    + "same numbers).",
            "Count up from `z = 0` while `probability(q, z) >= risk`. Mind the strict \"below\": the answer is the "
                    + "first `z` with `P < risk`."
        })
class ConfirmationsNeededTest {

    private final ConfirmationsNeeded confirmations = Implementation.of(ConfirmationsNeeded.class);

    @Test
    @Points(3)
    @DisplayName("the whitepaper's table \"Solving for P less than 0.1%\"")
    void whitepaperTable() {
        double[] q = {0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45};
        int[] z = {5, 8, 11, 15, 24, 41, 89, 340};
        for (int i = 0; i < q.length; i++) {
            assertEquals(z[i], confirmations.confirmationsFor(q[i], 0.001), "confirmationsFor(" + q[i] + ", 0.001)");
        }
    }

    @Test
    @Points(1)
    @DisplayName("with no hash power, one confirmation is enough")
    void noHashPowerNeedsOne() {
        assertEquals(1, confirmations.confirmationsFor(0.0, 0.001), "confirmationsFor(0.0, 0.001)");
    }

    @Test
    @Points(1)
    @DisplayName("from q = 0.5 on, no number is enough: IllegalArgumentException")
    void halfOrMoreIsAnError() {
        for (double q : new double[] {0.5, 0.75, 1.0}) {
            assertThrows(IllegalArgumentException.class, () -> confirmations.confirmationsFor(q, 0.001),
                    "confirmationsFor(" + q + ", 0.001)");
        }
    }

    @Test
    @Points(1)
    @DisplayName("a risk not strictly between 0 and 1 is an IllegalArgumentException")
    void badRiskIsAnError() {
        for (double risk : new double[] {0.0, 1.0, -0.01, 1.5, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> confirmations.confirmationsFor(0.1, risk),
                    "confirmationsFor(0.1, " + risk + ")");
        }
    }
}
