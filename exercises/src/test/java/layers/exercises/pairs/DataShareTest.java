package layers.exercises.pairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.fees.Wei;
import layers.l2.fees.L1Prices;
import layers.l2.fees.L2FeeModel;
import layers.l2.fees.PostingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pairs.data-share",
        title = "An action's share of its batch",
        contract = DataShare.class,
        statement = """
                A rollup divides what posting a batch cost on L1 among the batch's transactions. Write \
                `shareWei(batchCostWei, txCount)`: the cost divided by the count, rounded up so the rollup never loses \
                money. `shareWei(1000, 3)` is 334, `shareWei(999, 3)` is 333. A negative cost or a count below 1 is \
                an `IllegalArgumentException`.""",
        hints = {
            "Rounded up: add 1 when the division leaves a remainder.",
            "`(a + b - 1) / b` can overflow near `Long.MAX_VALUE`; use the remainder instead."
        })
class DataShareTest {

    private final DataShare share = Implementation.of(DataShare.class);

    @Test
    @Points(1)
    @DisplayName("rounded up only when there is a remainder")
    void rounding() {
        assertEquals(334, share.shareWei(1_000, 3), "shareWei(1000, 3)");
        assertEquals(333, share.shareWei(999, 3), "shareWei(999, 3)");
    }

    @Test
    @Points(1)
    @DisplayName("bad inputs are refused")
    void bad() {
        assertThrows(IllegalArgumentException.class, () -> share.shareWei(-1, 3), "shareWei(-1, 3)");
        assertThrows(IllegalArgumentException.class, () -> share.shareWei(10, 0), "shareWei(10, 0)");
    }
}
