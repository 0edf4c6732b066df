package layers.exercises.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.incentives.EthereumIssuance;
import layers.l1.pos.Gwei;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "settlement.staking-yield",
        title = "Ethereum's staking yield at a given total stake",
        contract = StakingYield.class,
        statement = """
                Ethereum pays validators a base reward inversely proportional to the square root of all the stake \
                (consensus-specs, altair, `get_base_reward_per_increment`). Write `integerSquareroot(n)`, the \
                largest `x` with `x * x <= n`, exact for every `long` (negative: `IllegalArgumentException`); \
                `baseRewardPerIncrement(total)` = `1,000,000,000 × 64 // integerSquareroot(total in Gwei)` Gwei \
                (a zero total: `IllegalArgumentException`); and `annualYieldPercent(total)`: a 32-ETH validator \
                earning one base reward an epoch (32 × the base reward per increment) for 82,181 epochs, as a \
                percentage of 32 ETH. At 32 million ETH staked the base reward per increment is 357 Gwei and the \
                yield 2.934%.""",
        hints = {
            "Start with the square root: everything else is one line of integer arithmetic on top of it.",
            "`(long) Math.sqrt(n)` can be off by one for large `n` (a `double` has 53 bits): correct it up or down "
                    + "until `x * x <= n < (x + 1) * (x + 1)`, or use Newton's method in `long`s as the spec does.",
            "Per increment: `64_000_000_000L / integerSquareroot(total.value())`. Annual: `perIncrement * 32 * "
                    + "82_181` Gwei. Yield: `100.0 * annual / 32_000_000_000L`."
        })
class StakingYieldTest {

    private final StakingYield yield = Implementation.of(StakingYield.class);

    @Test
    @Points(2)
    @DisplayName("integer square roots of small numbers and perfect squares")
    void smallSquareRoots() {
        long[][] cases = {{0, 0}, {1, 1}, {2, 1}, {3, 1}, {4, 2}, {8, 2}, {9, 3}, {15, 3}, {16, 4}, {17, 4},
                {999_999, 999}, {1_000_000, 1_000}};
        for (long[] c : cases) {
            assertEquals(c[1], yield.integerSquareroot(c[0]), "integerSquareroot(" + c[0] + ")");
        }
        assertThrows(IllegalArgumentException.class, () -> yield.integerSquareroot(-1), "integerSquareroot(-1)");
    }

    @Test
    @Points(2)
    @DisplayName("at 32 million ETH: 357 Gwei per increment, 2.934% a year")
    void thirtyTwoMillion() {
        // isqrt(3.2e16) = 178,885,438; 64e9 / 178,885,438 = 357.77 → 357
        assertEquals(Gwei.of(357), yield.baseRewardPerIncrement(Gwei.ether(32_000_000)),
                "baseRewardPerIncrement(32,000,000 ETH)");
        assertEquals(100.0 * 357 * 32 * 82_181 / 32e9, yield.annualYieldPercent(Gwei.ether(32_000_000)), 1e-9,
                "annualYieldPercent(32,000,000 ETH)");
    }

    @Test
    @Points(2)
    @DisplayName("more stake, less yield each: 10 million against 100 million ETH")
    void moreStakeLessYield() {
        // isqrt(1e16) = 1e8 → 640 Gwei; isqrt(1e17) = 316,227,766 → 202 Gwei
        assertEquals(Gwei.of(640), yield.baseRewardPerIncrement(Gwei.ether(10_000_000)),
                "baseRewardPerIncrement(10,000,000 ETH)");
        assertEquals(Gwei.of(202), yield.baseRewardPerIncrement(Gwei.ether(100_000_000)),
                "baseRewardPerIncrement(100,000,000 ETH)");
        assertEquals(100.0 * 640 * 82_181 / 1e9, yield.annualYieldPercent(Gwei.ether(10_000_000)), 1e-9,
                "annualYieldPercent(10,000,000 ETH)");
        assertThrows(IllegalArgumentException.class, () -> yield.baseRewardPerIncrement(Gwei.ZERO),
                "baseRewardPerIncrement(0)");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("exact at the top of the range, where a double's root is one too high")
    void largeSquareRoots() {
        long r = 3_037_000_499L; // the largest x with x² <= Long.MAX_VALUE
        assertEquals(r, yield.integerSquareroot(Long.MAX_VALUE), "integerSquareroot(Long.MAX_VALUE)");
        assertEquals(r, yield.integerSquareroot(r * r), "integerSquareroot(" + r + "²)");
        assertEquals(r - 1, yield.integerSquareroot(r * r - 1), "integerSquareroot(" + r + "² - 1)");
        Random random = new Random(32);
        for (int i = 0; i < 1_000; i++) {
            long x = 100_000_000L + (long) (random.nextDouble() * (r - 100_000_000L));
            assertEquals(x - 1, yield.integerSquareroot(x * x - 1), "integerSquareroot(" + x + "² - 1), case #" + i);
            assertEquals(x, yield.integerSquareroot(x * x), "integerSquareroot(" + x + "²), case #" + i);
        }
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("200 seeded random total stakes, against the specification's functions")
    void seededRandomStakes() {
        Random random = new Random(64);
        for (int i = 0; i < 200; i++) {
            Gwei total = Gwei.of(1 + (long) (random.nextDouble() * 120_000_000L * Gwei.PER_ETHER));
            Gwei expected = EthereumIssuance.getBaseRewardPerIncrement(total);
            assertEquals(expected, yield.baseRewardPerIncrement(total),
                    "baseRewardPerIncrement(" + total + "), random case #" + i + " (seed 64)");
            assertEquals(100.0 * EthereumIssuance.annualRewardPerValidator(total).value() / 32e9,
                    yield.annualYieldPercent(total), 1e-9, "annualYieldPercent(" + total + "), random case #" + i);
        }
    }
}
