package layers.exercises.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.fees.Usd;
import layers.l1.incentives.AttackCost;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "settlement.attack-cost",
        title = "The price of a majority, in hash power and in stake",
        contract = MajorityCost.class,
        statement = """
                To hold a share `n/d` of a chain's hash power or stake once it joins, an attacker must add \
                `honest × n / (d − n)` of its own. Write `proofOfWorkCost(honestHashRate, hashprice, hours, n, d)`: \
                renting that hash power for `hours` at `hashprice` dollars per unit a day, \
                `hashprice × honest × n × hours / (24 × (d − n))`, rounded down to the cent once, at the end; \
                `stakeFor(stakedEth, n, d)`: the least whole ether that reaches the share, \
                `stakedEth × n / (d − n)` rounded up; and `proofOfStakeCost(stakedEth, pricePerEther, n, d)`: \
                that ether at that price. A share not strictly between 0 and 1, or a negative count, is an \
                `IllegalArgumentException`. At January 2025's 785 EH/s and $57,200 per EH/s a day, an hour of a majority costs $1,870,916.66.""",
        hints = {
            "Start from `a / (honest + a) = n / d` and solve for the attacker's `a`.",
            "`Usd.times(numerator, denominator)` multiplies and divides exactly, rounding down to the cent: one call, "
                    + "with `honest × n × hours` over `24 × (d − n)`. No `double` for money.",
            "Rounding up in integers: `top / bottom + (top % bottom == 0 ? 0 : 1)`. Then `pricePerEther.times(stake)`."
        })
class MajorityCostTest {

    private final MajorityCost cost = Implementation.of(MajorityCost.class);

    @Test
    @Points(2)
    @DisplayName("an hour of half of Bitcoin's hash power at January 2025 prices: $1,870,916.66")
    void bitcoinHour() {
        // 785 EH/s × $57,200 per EH/s a day / 24 = $1,870,916.666…, rounded down
        assertEquals(Usd.cents(187_091_666), cost.proofOfWorkCost(785, Usd.dollars(57_200), 1, 1, 2),
                "proofOfWorkCost(785, $57,200, 1 h, 1/2)");
        assertEquals(Usd.cents(187_091_666L * 24 + 16), cost.proofOfWorkCost(785, Usd.dollars(57_200), 24, 1, 2),
                "proofOfWorkCost(785, $57,200, 24 h, 1/2): rounded once, at the end");
    }

    @Test
    @Points(2)
    @DisplayName("a third, a half and two thirds of Ethereum's stake, March 2024")
    void ethereumStake() {
        long staked = 32_106_931;
        assertEquals(16_053_466, cost.stakeFor(staked, 1, 3), "stakeFor(32,106,931, 1/3): half of it, rounded up");
        assertEquals(32_106_931, cost.stakeFor(staked, 1, 2), "stakeFor(32,106,931, 1/2)");
        assertEquals(64_213_862, cost.stakeFor(staked, 2, 3), "stakeFor(32,106,931, 2/3)");
        assertEquals(Usd.dollars(3_600L * 16_053_466), cost.proofOfStakeCost(staked, Usd.dollars(3_600), 1, 3),
                "proofOfStakeCost(32,106,931, $3,600, 1/3)");
    }

    @Test
    @Points(1)
    @DisplayName("a share not strictly between 0 and 1 is an IllegalArgumentException")
    void badShares() {
        long[][] shares = {{0, 2}, {1, 1}, {2, 2}, {3, 2}, {-1, 2}};
        for (long[] s : shares) {
            assertThrows(IllegalArgumentException.class, () -> cost.stakeFor(100, s[0], s[1]),
                    "stakeFor(100, " + s[0] + "/" + s[1] + ")");
            assertThrows(IllegalArgumentException.class,
                    () -> cost.proofOfWorkCost(100, Usd.dollars(1), 1, s[0], s[1]),
                    "proofOfWorkCost(100, $1, 1 h, " + s[0] + "/" + s[1] + ")");
        }
    }
}
