package layers.exercises.blobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.blobs.Eip4844;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "blobs.fake-exponential",
        title = "EIP-4844's fake_exponential",
        contract = FakeExponential.class,
        statement = """
                The blob base fee is `fake_exponential(1, excess_blob_gas, BLOB_BASE_FEE_UPDATE_FRACTION)`: an \
                approximation of `factor · e^(numerator/denominator)` in integers, so that every node gets the same \
                price. Write `fakeExponential(factor, numerator, denominator)` exactly as EIP-4844's reference code: \
                `output = 0`, `accumulator = factor * denominator`, `i = 1`; while the accumulator is positive, add \
                it to the output and set `accumulator = accumulator * numerator // (denominator * i)`, `i += 1`; \
                return `output // denominator`. `fakeExponential(1, 2, 1)` is 6 (e² ≈ 7.39: each term is rounded \
                down), `fakeExponential(10, 8, 2)` is 542.""",
        hints = {
            "Start with `output = 0`, `accumulator = factor * denominator` and `i = 1`.",
            "While the accumulator is positive: add it to the output, then "
                    + "`accumulator = accumulator * numerator / (denominator * i)`, then `i++`.",
            "Return `output / denominator`."
        })
class FakeExponentialTest {

    private final FakeExponential exp = Implementation.of(FakeExponential.class);

    private BigInteger f(long factor, long numerator, long denominator) {
        return exp.fakeExponential(BigInteger.valueOf(factor), BigInteger.valueOf(numerator),
                BigInteger.valueOf(denominator));
    }

    @Test
    @Points(1)
    @DisplayName("e^0 is the factor")
    void zeroExponent() {
        assertEquals(BigInteger.ONE, f(1, 0, 1), "fakeExponential(1, 0, 1)");
        assertEquals(BigInteger.valueOf(38_493), f(38_493, 0, 1_000), "fakeExponential(38493, 0, 1000)");
    }

    @Test
    @Points(2)
    @DisplayName("the reference code's results: each term rounded down")
    void referenceValues() {
        assertEquals(BigInteger.valueOf(6), f(1, 2, 1), "fakeExponential(1, 2, 1)");
        assertEquals(BigInteger.valueOf(16), f(1, 3, 1), "fakeExponential(1, 3, 1)");
        assertEquals(BigInteger.valueOf(542), f(10, 8, 2), "fakeExponential(10, 8, 2)");
        assertEquals(BigInteger.valueOf(11), f(1, 5, 2), "fakeExponential(1, 5, 2)");
    }

    @Test
    @Points(1)
    @DisplayName("the blob base fee stays at 1 wei for a small excess")
    void minimum() {
        assertEquals(BigInteger.ONE, f(1, 2_314_057, 3_338_477), "fakeExponential(1, 2314057, 3338477)");
        assertEquals(BigInteger.TWO, f(1, 2_314_058, 3_338_477), "fakeExponential(1, 2314058, 3338477)");
    }
}
