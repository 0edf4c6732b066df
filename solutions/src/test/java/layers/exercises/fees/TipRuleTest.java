package layers.exercises.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.fees.Wei;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "fees.effective-tip",
        title = "The tip a transaction pays, and whether it fits",
        contract = TipRule.class,
        statement = """
                An EIP-1559 transaction names a *max fee* per gas (the most it will pay in all) and a *max priority \
                fee* (the most it will tip the producer). The base fee is paid first and burnt. Write \
                `includable(maxFee, baseFee)`: true when the max fee covers the base fee. Write \
                `priorityFee(maxPriorityFee, maxFee, baseFee)` = `min(maxPriorityFee, maxFee - baseFee)`, and throw \
                `IllegalArgumentException` for a transaction that is not includable.""",
        hints = {
            "`Wei` compares with `isLessThan`, `isGreaterThan` and `compareTo`.",
            "The tip is what is left of the max fee after the base fee, capped: "
                    + "`maxPriorityFee.min(maxFee.minus(baseFee))`.",
            "Check `includable` first and throw `IllegalArgumentException` yourself."
        })
class TipRuleTest {

    private final TipRule tips = Implementation.of(TipRule.class);

    @Test
    @Points(1)
    @DisplayName("plenty of headroom: the full priority fee")
    void fullTip() {
        assertEquals(Wei.gwei(2), tips.priorityFee(Wei.gwei(2), Wei.gwei(100), Wei.gwei(30)),
                "max priority 2 Gwei, max fee 100 Gwei, base fee 30 Gwei");
    }

    @Test
    @Points(2)
    @DisplayName("little headroom: the tip is capped by max fee - base fee")
    void cappedTip() {
        assertEquals(Wei.gwei(1), tips.priorityFee(Wei.gwei(2), Wei.gwei(31), Wei.gwei(30)),
                "max priority 2 Gwei, max fee 31 Gwei, base fee 30 Gwei");
    }

    @Test
    @Points(1)
    @DisplayName("includable when the max fee covers the base fee, exactly or more")
    void includable() {
        assertTrue(tips.includable(Wei.gwei(30), Wei.gwei(30)), "max fee 30 Gwei, base fee 30 Gwei");
        assertFalse(tips.includable(Wei.of(29_999_999_999L), Wei.gwei(30)), "max fee 29.999999999 Gwei, base 30 Gwei");
    }

    @Test
    @Points(1)
    @DisplayName("a max fee below the base fee is an IllegalArgumentException")
    void rejectsBelowBaseFee() {
        assertThrows(IllegalArgumentException.class, () -> tips.priorityFee(Wei.gwei(2), Wei.gwei(20), Wei.gwei(30)),
                "max priority 2 Gwei, max fee 20 Gwei, base fee 30 Gwei");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("max fee equal to the base fee: includable, tip 0")
    void zeroTipAtTheEdge() {
        assertEquals(Wei.ZERO, tips.priorityFee(Wei.gwei(2), Wei.gwei(30), Wei.gwei(30)),
                "max priority 2 Gwei, max fee 30 Gwei, base fee 30 Gwei");
        assertEquals(Wei.of(1), tips.priorityFee(Wei.gwei(5), Wei.of(30_000_000_001L), Wei.gwei(30)),
                "max priority 5 Gwei, max fee 30 Gwei + 1 wei, base fee 30 Gwei");
    }
}
