package layers.exercises.pairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
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

    @Test
    @Hidden
    @Points(2)
    @DisplayName("the rollup fee model's own share, and costs near Long.MAX_VALUE")
    void model() {
        byte[] posted = new byte[5_000];
        Arrays.fill(posted, (byte) 7);
        L1Prices prices = new L1Prices(Wei.gwei(12), Wei.of(1));
        for (int txs : new int[] {1, 7, 100, 999}) {
            long cost = L2FeeModel.batchPostingCost(posted, PostingMode.CALLDATA, prices).longValueExact();
            assertEquals(L2FeeModel.l1DataFee(posted, txs, PostingMode.CALLDATA, prices).longValueExact(),
                    share.shareWei(cost, txs), "shareWei(" + cost + ", " + txs + ")");
        }
        assertEquals(Long.MAX_VALUE / 2 + 1, share.shareWei(Long.MAX_VALUE, 2), "shareWei(Long.MAX_VALUE, 2)");
    }
}
