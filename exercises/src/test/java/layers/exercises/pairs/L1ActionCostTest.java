package layers.exercises.pairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.fees.Gas;
import layers.l1.fees.Usd;
import layers.l1.fees.Wei;
import layers.l2.pairs.PairScenarios;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pairs.l1-action-usd",
        title = "An action's cost on L1 in dollars",
        contract = L1ActionCost.class,
        statement = """
                Write `usd(gas, baseFeeWei, tipWei, ethUsd)`: `gas × (baseFeeWei + tipWei)` wei, in dollars at \
                `ethUsd` per ether (10^18 wei). A 120,000-gas swap at 12 gwei plus a 1 gwei tip, at $3,500, costs \
                $5.46. Negative gas or fees, or a price that is not positive, is an `IllegalArgumentException`.""",
        hints = {
            "Wei per gas is the base fee plus the tip (EIP-1559); times gas gives wei.",
            "Divide by 1e18 for ether; multiply in `double` so large fees cannot overflow."
        })
class L1ActionCostTest {

    private final L1ActionCost cost = Implementation.of(L1ActionCost.class);

    @Test
    @Points(1)
    @DisplayName("the seeds' swap on a quiet day")
    void swap() {
        assertEquals(5.46, cost.usd(120_000, 12_000_000_000L, 1_000_000_000L, 3_500), 1e-9,
                "usd(120000, 12 gwei, 1 gwei, 3500)");
    }

    @Test
    @Points(1)
    @DisplayName("bad inputs are refused")
    void bad() {
        assertThrows(IllegalArgumentException.class, () -> cost.usd(-1, 1, 1, 3_500), "usd(-1, ...)");
        assertThrows(IllegalArgumentException.class, () -> cost.usd(1, 1, 1, 0), "usd(..., 0)");
    }
}
