package layers.exercises.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.fees.Wei;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "batching.per-tx",
        title = "One transaction's share of its batch's L1 cost",
        contract = AmortisedFee.class,
        statement = """
                A batch of `txCount` transactions of `bytesPerTx` compressed (non-zero) bytes each costs \
                `21_000 + 16 * bytesPerTx * txCount` gas on L1. Write `l1CostPerTx(txCount, bytesPerTx, \
                baseFeePerGas)`: that gas times the base fee, divided among the transactions and rounded **up** to \
                the wei. At 40 gwei, one transaction of 100 bytes alone pays (21,000 + 1,600) × 40 gwei = \
                904,000 gwei; in a batch of 1,000 it pays 21 + 1,600 gas' worth, 64,840 gwei. A `txCount` below 1 \
                or a negative `bytesPerTx` is an `IllegalArgumentException`.""",
        hints = {
            "The batch's gas is `21_000 + 16 * bytesPerTx * txCount`; its cost is that times the base fee.",
            "Work in `BigInteger`: `baseFeePerGas.value().multiply(...)`.",
            "Rounding up: `divideAndRemainder`, and add one when the remainder is not zero."
        })
class AmortisedFeeTest {

    private final AmortisedFee fee = Implementation.of(AmortisedFee.class);

    @Test
    @Points(1)
    @DisplayName("a transaction alone pays the whole 21,000")
    void alone() {
        assertEquals(Wei.gwei(904_000), fee.l1CostPerTx(1, 100, Wei.gwei(40)), "l1CostPerTx(1, 100, 40 gwei)");
    }

    @Test
    @Points(1)
    @DisplayName("in a batch of 1,000 the 21,000 is shared")
    void shared() {
        assertEquals(Wei.gwei(64_840), fee.l1CostPerTx(1_000, 100, Wei.gwei(40)), "l1CostPerTx(1000, 100, 40 gwei)");
    }

    @Test
    @Points(1)
    @DisplayName("rejects an empty batch")
    void rejectsEmpty() {
        assertThrows(IllegalArgumentException.class, () -> fee.l1CostPerTx(0, 100, Wei.gwei(40)),
                "l1CostPerTx(0, 100, 40 gwei)");
    }
}
