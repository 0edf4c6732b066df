package layers.exercises.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.blobs.CalldataGas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "batching.calldata-gas",
        title = "A batch's L1 cost as calldata",
        contract = CalldataPricing.class,
        statement = """
                Before blobs, a rollup posted each compressed batch as the calldata of one L1 transaction. Write \
                `batchGas(posted)`: 21,000 gas for the transaction (G_transaction) plus 4 gas per zero byte and \
                16 gas per non-zero byte of `posted` (EIP-2028). `batchGas(new byte[] {0, 1, 2})` is \
                21,000 + 4 + 16 + 16 = 21,036.""",
        hints = {
            "Count the zero bytes; every other byte is non-zero.",
            "Gas: `21_000 + 4 * zeros + 16 * nonZeros`, in `long`."
        })
class CalldataPricingTest {

    private final CalldataPricing pricing = Implementation.of(CalldataPricing.class);

    @Test
    @Points(1)
    @DisplayName("an empty batch costs the 21,000 of its transaction")
    void empty() {
        assertEquals(21_000, pricing.batchGas(new byte[0]), "batchGas([])");
    }

    @Test
    @Points(1)
    @DisplayName("4 gas per zero byte, 16 per non-zero byte")
    void zeroAndNonZero() {
        assertEquals(21_036, pricing.batchGas(new byte[] {0, 1, 2}), "batchGas([0, 1, 2])");
    }

    @Test
    @Points(1)
    @DisplayName("bytes above 127 are non-zero too")
    void negativeBytes() {
        assertEquals(21_000 + 32 + 4, pricing.batchGas(new byte[] {(byte) 0x80, (byte) 0xFF, 0}),
                "batchGas([0x80, 0xFF, 0x00])");
    }
}
