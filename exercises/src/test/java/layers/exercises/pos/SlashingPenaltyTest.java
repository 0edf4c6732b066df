package layers.exercises.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.pos.Gwei;
import layers.l1.pos.SlashingPenalties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pos.slashing-penalty",
        title = "The initial and the correlation penalty of a slashed validator",
        contract = SlashingPenalty.class,
        statement = """
                A slashed validator pays twice (consensus-specs, bellatrix). Write `slashingPenalty`, the initial \
                penalty `effective_balance // MIN_SLASHING_PENALTY_QUOTIENT_BELLATRIX` (the quotient is 32). Then \
                write `correlationPenalty`, taken about 18 days later: with \
                `adjusted = min(slashedInWindow * PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX, totalActiveBalance)` \
                (the multiplier is 3), the penalty is \
                `effective_balance // EFFECTIVE_BALANCE_INCREMENT * adjusted // totalActiveBalance * \
                EFFECTIVE_BALANCE_INCREMENT`, each `//` rounding down in the order written, so the penalty is a \
                whole number of ether. A zero total active balance is an `IllegalArgumentException`.""",
        hints = {
            "The constants are in `SpecConstants`. `Gwei` has `dividedBy` (rounds down), `times` and `min`.",
            "Divide the effective balance by the increment first: 32 ETH is 32 increments. Multiplying Gwei by Gwei "
                    + "overflows a `long`, and rounds in the wrong place: 10 of 100 validators slashed together "
                    + "cost 9 ETH each, not 9.6.",
            "`increments * adjusted.value() / total.value() * EFFECTIVE_BALANCE_INCREMENT` with "
                    + "`increments = effectiveBalance.value() / EFFECTIVE_BALANCE_INCREMENT`."
        })
class SlashingPenaltyTest {

    private static final Gwei ETH_32 = Gwei.ether(32);
    private static final Gwei HUNDRED_VALIDATORS = Gwei.ether(3_200);

    private final SlashingPenalty penalty = Implementation.of(SlashingPenalty.class);

    @Test
    @Points(1)
    @DisplayName("the initial penalty is 1/32 of the effective balance: 1 ETH for 32 ETH")
    void initialPenalty() {
        assertEquals(Gwei.ether(1), penalty.slashingPenalty(ETH_32), "slashingPenalty(32 ETH)");
        assertEquals(Gwei.of(500_000_000), penalty.slashingPenalty(Gwei.ether(16)), "slashingPenalty(16 ETH)");
        assertEquals(Gwei.of(968_750_000), penalty.slashingPenalty(Gwei.ether(31)), "slashingPenalty(31 ETH)");
        assertEquals(Gwei.ZERO, penalty.slashingPenalty(Gwei.of(31)), "slashingPenalty(31 Gwei), rounded down");
    }

    @Test
    @Points(1)
    @DisplayName("a lone slashing among 100 validators costs no correlation penalty")
    void loneSlashing() {
        // adjusted = 3 × 32 = 96 ETH; 32 × 96 / 3,200 = 0.96, rounded down to 0
        assertEquals(Gwei.ZERO, penalty.correlationPenalty(ETH_32, ETH_32, HUNDRED_VALIDATORS),
                "correlationPenalty(32 ETH, slashed 32 ETH, total 3,200 ETH)");
    }

    @Test
    @Points(2)
    @DisplayName("10 of 100 validators slashed together: 9 ETH each, in whole ether")
    void tenOfAHundred() {
        // adjusted = 3 × 320 = 960 ETH; 32 × 960 / 3,200 = 9.6, rounded down to 9 ETH
        assertEquals(Gwei.ether(9), penalty.correlationPenalty(ETH_32, Gwei.ether(320), HUNDRED_VALIDATORS),
                "correlationPenalty(32 ETH, slashed 320 ETH, total 3,200 ETH)");
        // adjusted = 3 × 640 = 1,920 ETH; 32 × 1,920 / 3,200 = 19.2, rounded down to 19 ETH
        assertEquals(Gwei.ether(19), penalty.correlationPenalty(ETH_32, Gwei.ether(640), HUNDRED_VALIDATORS),
                "correlationPenalty(32 ETH, slashed 640 ETH, total 3,200 ETH)");
    }

    @Test
    @Points(1)
    @DisplayName("a third of the stake or more slashed together: the whole effective balance")
    void aThirdOrMore() {
        // adjusted = min(3 × 1,088, 3,200) = 3,200 ETH: the whole 32 ETH
        assertEquals(ETH_32, penalty.correlationPenalty(ETH_32, Gwei.ether(34 * 32), HUNDRED_VALIDATORS),
                "correlationPenalty(32 ETH, slashed 1,088 ETH, total 3,200 ETH)");
        assertEquals(ETH_32, penalty.correlationPenalty(ETH_32, Gwei.ether(3_200), HUNDRED_VALIDATORS),
                "correlationPenalty(32 ETH, slashed 3,200 ETH, total 3,200 ETH)");
    }

    @Test
    @Points(1)
    @DisplayName("a total active balance of zero is an IllegalArgumentException")
    void zeroTotal() {
        assertThrows(IllegalArgumentException.class, () -> penalty.correlationPenalty(ETH_32, ETH_32, Gwei.ZERO),
                "correlationPenalty(32 ETH, slashed 32 ETH, total 0)");
    }
}
