package layers.exercises.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.stream.LongStream;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "welcome.sum",
        title = "Add up amounts of satoshis",
        contract = SatoshiSum.class,
        statement = """
                Bitcoin counts money in satoshis: 1 BTC is 100,000,000 satoshis, always a whole number, so that \
                sums are exact. Write `sum`, which adds up amounts of satoshis (say, the fees of a block's \
                transactions). A negative amount is a mistake: throw `IllegalArgumentException` naming it. A total \
                too large for a `long` must never wrap around to a wrong number: throw `ArithmeticException`.""",
        hints = {
            "Start from `long total = 0;` and add each amount in a for-each loop.",
            "Before adding an amount, check that it is not negative; if it is, "
                    + "`throw new IllegalArgumentException(\"negative amount: \" + amount)`.",
            "`Math.addExact(total, amount)` adds like `+`, but throws `ArithmeticException` where `+` would wrap "
                    + "around to a wrong, negative total."
        })
class SatoshiSumTest {

    private final SatoshiSum satoshis = Implementation.of(SatoshiSum.class);

    @Test
    @Points(1)
    @DisplayName("no amounts add up to 0")
    void noAmountsAddUpToZero() {
        assertEquals(0L, satoshis.sum(new long[0]), "sum of []");
    }

    @Test
    @Points(1)
    @DisplayName("adds up a block's fees")
    void addsUpFees() {
        assertEquals(75_001L, satoshis.sum(new long[] {50_000, 25_000, 1}), "sum of [50000, 25000, 1]");
    }

    @Test
    @Points(1)
    @DisplayName("rejects a negative amount")
    void rejectsANegativeAmount() {
        assertThrows(IllegalArgumentException.class, () -> satoshis.sum(new long[] {100, -1}), "sum of [100, -1]");
    }

    @Test
    @Points(2)
    @DisplayName("a total too large for a long is an ArithmeticException")
    void overflowIsAnError() {
        assertThrows(ArithmeticException.class, () -> satoshis.sum(new long[] {Long.MAX_VALUE, 1}),
                "sum of [Long.MAX_VALUE, 1]");
    }
}
