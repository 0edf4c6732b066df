package layers.exercises.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "batching.cut",
        title = "Cut transactions into batches under a size limit",
        contract = BatchCutter.class,
        statement = """
                A sequencer posts its transactions in batches of at most `maxBatchBytes` bytes (a blob holds about \
                127 kB). Write `cut(txBytes, maxBatchBytes)`: take the transactions in order; a batch takes the next \
                ones while they fit, and the first that does not fit starts the next batch. Return how many \
                transactions each batch holds: `cut([40, 50, 30, 60], 100)` is `[2, 2]` (40+50, then 30+60), \
                `cut([], 100)` is `[]`. A transaction larger than the limit or smaller than 1 byte, or a limit below \
                1, is an `IllegalArgumentException`.""",
        hints = {
            "Keep the current batch's byte total and transaction count.",
            "Before adding a transaction, if `total + size > maxBatchBytes`, close the batch and start a new one.",
            "After the loop, close the last batch if it holds anything."
        })
class BatchCutterTest {

    private final BatchCutter cutter = Implementation.of(BatchCutter.class);

    @Test
    @Points(1)
    @DisplayName("two batches of two")
    void twoByTwo() {
        assertEquals(List.of(2, 2), cutter.cut(new int[] {40, 50, 30, 60}, 100), "cut([40, 50, 30, 60], 100)");
    }

    @Test
    @Points(1)
    @DisplayName("no transactions, no batches; an exact fit stays in one batch")
    void edges() {
        assertEquals(List.of(), cutter.cut(new int[0], 100), "cut([], 100)");
        assertEquals(List.of(2), cutter.cut(new int[] {60, 40}, 100), "cut([60, 40], 100)");
    }

    @Test
    @Points(1)
    @DisplayName("rejects a transaction larger than a batch")
    void tooLarge() {
        assertThrows(IllegalArgumentException.class, () -> cutter.cut(new int[] {10, 101}, 100),
                "cut([10, 101], 100)");
    }
}
