package layers.exercises.pairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.execution.ConstantProduct;
import layers.l1.execution.TokenAmount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pairs.swap-output",
        title = "A swap's output with the 0.3% fee",
        contract = SwapQuote.class,
        statement = """
                The seeds' swap on Arbitrum runs the same Uniswap v2 code as on Ethereum. Write \
                `amountOut(amountIn, reserveIn, reserveOut)`: `amountIn·997·reserveOut / (reserveIn·1000 + \
                amountIn·997)`, rounded down, without overflow. `amountOut(1000, 10000, 10000)` is 906. A non-positive \
                input or reserve is an `IllegalArgumentException`.""",
        hints = {
            "The fee is taken from the input: only 997/1000 of it counts.",
            "The products overflow a `long` for large reserves: use `BigInteger`, then `longValueExact()`."
        })
class SwapQuoteTest {

    private final SwapQuote quote = Implementation.of(SwapQuote.class);

    @Test
    @Points(1)
    @DisplayName("the worked example")
    void example() {
        assertEquals(906, quote.amountOut(1_000, 10_000, 10_000), "amountOut(1000, 10000, 10000)");
    }

    @Test
    @Points(1)
    @DisplayName("bad inputs are refused")
    void bad() {
        assertThrows(IllegalArgumentException.class, () -> quote.amountOut(0, 10, 10), "amountOut(0, 10, 10)");
        assertThrows(IllegalArgumentException.class, () -> quote.amountOut(5, 0, 10), "amountOut(5, 0, 10)");
    }
}
