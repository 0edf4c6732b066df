package layers.exercises.blobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.blobs.CalldataGas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "blobs.calldata-floor",
        title = "EIP-7623's calldata floor",
        contract = CalldataFloor.class,
        statement = """
                Since Prague, a transaction that carries much calldata and computes little pays a floor (EIP-7623). \
                Write `gasUsed(data, executionGasUsed)`: with `tokens = zeroBytes + 4 * nonZeroBytes`, it is \
                `21000 + max(4 * tokens + executionGasUsed, 10 * tokens)`. Ten bytes, five of them zero, are 25 \
                tokens: without execution the floor wins, 21,250; with 200 gas of execution the standard cost \
                wins, 21,300. Negative execution gas is an `IllegalArgumentException`.""",
        hints = {
            "Count zero bytes; `tokens = zeros + 4 * (data.length - zeros)`.",
            "The standard cost is `4 * tokens + executionGasUsed`; the floor is `10 * tokens`.",
            "Gas used: 21,000 plus the larger of the two."
        })
class CalldataFloorTest {

    private static final byte[] FIVE_AND_FIVE = {0, 0, 0, 0, 0, 1, 2, 3, 4, 5};

    private final CalldataFloor floor = Implementation.of(CalldataFloor.class);

    @Test
    @Points(1)
    @DisplayName("a data-only transaction pays the floor")
    void floorWins() {
        assertEquals(21_250, floor.gasUsed(FIVE_AND_FIVE, 0), "gasUsed(5 zero + 5 non-zero bytes, 0)");
    }

    @Test
    @Points(1)
    @DisplayName("with enough execution the standard cost wins")
    void standardWins() {
        assertEquals(21_300, floor.gasUsed(FIVE_AND_FIVE, 200), "gasUsed(5 zero + 5 non-zero bytes, 200)");
    }

    @Test
    @Points(1)
    @DisplayName("no data: 21,000 plus the execution")
    void noData() {
        assertEquals(21_000 + 5_000, floor.gasUsed(new byte[0], 5_000), "gasUsed([], 5000)");
    }
}
