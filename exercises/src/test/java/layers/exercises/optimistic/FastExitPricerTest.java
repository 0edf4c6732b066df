package layers.exercises.optimistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.fees.Wei;
import layers.l1.network.SimTime;
import layers.l2.optimistic.FastExitQuote;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "optimistic.fastexit",
        title = "Price a fast exit",
        contract = FastExitPricer.class,
        statement = """
                A liquidity provider pays your withdrawal on L1 at once and collects it from the bridge when the \
                window ends. Its fee: the cost of its capital over the window, \
                `floor(amount × annualRateBps × windowSeconds / (10,000 × 31,536,000))`, plus a risk premium \
                `floor(amount × riskPremiumBps / 10,000)`, plus its L1 gas. Write `fee`, exactly, in wei. Throw an \
                `IllegalArgumentException` for a negative rate or a fee larger than the amount.""",
        hints = {
            "Work in `BigInteger`; the window's whole seconds are `window.micros() / 1_000_000`.",
            "Multiply first, divide once per part: `BigInteger.divide` rounds down.",
            "`Wei.of(BigInteger)`, `plus`, `isGreaterThan`."
        })
class FastExitPricerTest {

    private static final SimTime WEEK = SimTime.ofSeconds(7 * 86_400);

    private final FastExitPricer pricer = Implementation.of(FastExitPricer.class);

    @Test
    @Points(2)
    @DisplayName("10 ether over 7 days at 5 % a year, 10 bp of risk, 0.001 ether of gas")
    void tenEther() {
        // 10 × 0.05 × 7 / 365 = 0.009589041095890410 ether; 0.01 ether of risk; 0.001 ether of gas
        assertEquals(Wei.of(20_589_041_095_890_410L), pricer.fee(Wei.ether(10), WEEK, 500, 10, Wei.gwei(1_000_000)),
                "fee for 10 ether");
    }

    @Test
    @Points(1)
    @DisplayName("no interest and no risk: only the gas")
    void onlyGas() {
        assertEquals(Wei.gwei(500), pricer.fee(Wei.ether(1), WEEK, 0, 0, Wei.gwei(500)), "fee at 0 bp");
    }

    @Test
    @Points(1)
    @DisplayName("a negative rate or a fee above the amount is an IllegalArgumentException")
    void badInput() {
        assertThrows(IllegalArgumentException.class, () -> pricer.fee(Wei.ether(1), WEEK, -5, 0, Wei.ZERO),
                "rate -5 bp");
        assertThrows(IllegalArgumentException.class, () -> pricer.fee(Wei.gwei(1), WEEK, 0, 0, Wei.gwei(2)),
                "2 gwei of gas on 1 gwei");
    }
}
