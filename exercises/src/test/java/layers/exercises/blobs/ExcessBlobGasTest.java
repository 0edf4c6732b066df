package layers.exercises.blobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "blobs.excess-blob-gas",
        title = "EIP-4844's excess blob gas",
        contract = ExcessBlobGas.class,
        statement = """
                Each block header keeps `excess_blob_gas`, the blob gas used above the target so far. Write \
                `calcExcessBlobGas(parentExcessBlobGas, parentBlobGasUsed, targetBlobGasPerBlock)`, EIP-4844's \
                `calc_excess_blob_gas`: the parent's excess plus its blob gas used, minus the target, or 0 when the \
                sum is below the target. With Cancun's target of 393,216 (3 blobs of 131,072), a parent with no \
                excess and 6 blobs gives 393,216; one with 3 blobs gives 0. A negative argument is an \
                `IllegalArgumentException`.""",
        hints = {
            "Add the parent's excess and its blob gas used.",
            "Below the target the result is 0; otherwise subtract the target."
        })
class ExcessBlobGasTest {

    private static final long BLOB = 131_072;
    private static final long CANCUN = 3 * BLOB;

    private final ExcessBlobGas rule = Implementation.of(ExcessBlobGas.class);

    @Test
    @Points(1)
    @DisplayName("a full Cancun block adds three blobs of excess")
    void fullBlock() {
        assertEquals(CANCUN, rule.calcExcessBlobGas(0, 6 * BLOB, CANCUN), "calcExcessBlobGas(0, 6 blobs, 3 blobs)");
    }

    @Test
    @Points(1)
    @DisplayName("at the target nothing changes; below it the excess falls")
    void atAndBelowTarget() {
        assertEquals(0, rule.calcExcessBlobGas(0, 3 * BLOB, CANCUN), "calcExcessBlobGas(0, 3 blobs, 3 blobs)");
        assertEquals(500_000 - CANCUN, rule.calcExcessBlobGas(500_000, 0, CANCUN),
                "calcExcessBlobGas(500000, 0, 3 blobs)");
    }

    @Test
    @Points(1)
    @DisplayName("the excess never goes below zero")
    void floor() {
        assertEquals(0, rule.calcExcessBlobGas(393_215, 0, CANCUN), "calcExcessBlobGas(393215, 0, 3 blobs)");
    }
}
