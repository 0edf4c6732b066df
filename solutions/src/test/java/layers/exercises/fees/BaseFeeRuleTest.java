package layers.exercises.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "fees.base-fee",
        title = "EIP-1559's base fee update",
        contract = BaseFeeRule.class,
        statement = """
                Write `nextBaseFee(parentBaseFee, parentGasUsed, parentGasTarget)`, EIP-1559's rule, with the EIP's \
                integer arithmetic (`//` rounds down): at the target the base fee stays; above it, it rises by \
                `max(parentBaseFee * (used - target) // target // 8, 1)`; below it, it falls by \
                `parentBaseFee * (target - used) // target // 8`. A full block (twice the target) raises it by \
                12.5%, an empty one lowers it by 12.5%. A zero target is an `IllegalArgumentException`. Write the \
                rule yourself; don't call `Eip1559`.""",
        hints = {
            "Compare `parentGasUsed` with `parentGasTarget`: three cases.",
            "Work in `BigInteger`: multiply the fee by the gas delta, then divide by the target, then by 8.",
            "Only the increase has a floor of 1 wei: `delta.max(BigInteger.ONE)`."
        })
class BaseFeeRuleTest {

    private final BaseFeeRule rule = Implementation.of(BaseFeeRule.class);

    @Test
    @Points(1)
    @DisplayName("at the target the base fee stays")
    void atTarget() {
        assertEquals(Wei.gwei(100), rule.nextBaseFee(Wei.gwei(100), Gas.millions(15), Gas.millions(15)),
                "100 Gwei, 15M used of a 15M target");
    }

    @Test
    @Points(1)
    @DisplayName("a full block raises it by 12.5%")
    void fullBlock() {
        assertEquals(Wei.of(112_500_000_000L), rule.nextBaseFee(Wei.gwei(100), Gas.millions(30), Gas.millions(15)),
                "100 Gwei, 30M used of a 15M target");
    }

    @Test
    @Points(1)
    @DisplayName("an empty block lowers it by 12.5%")
    void emptyBlock() {
        assertEquals(Wei.of(87_500_000_000L), rule.nextBaseFee(Wei.gwei(100), Gas.ZERO, Gas.millions(15)),
                "100 Gwei, 0 used of a 15M target");
    }

    @Test
    @Points(2)
    @DisplayName("above the target it rises by at least 1 wei")
    void risesByAtLeastOneWei() {
        // 7 * 1 // 15,000,000 // 8 = 0, so the floor of 1 applies.
        assertEquals(Wei.of(8), rule.nextBaseFee(Wei.of(7), Gas.of(15_000_001), Gas.millions(15)),
                "7 wei, 15,000,001 used of a 15M target");
    }

    @Test
    @Points(1)
    @DisplayName("rounds down like the EIP, dividing by the target and then by 8")
    void roundsDown() {
        // 1,000,000,007 * 5,000,000 // 15,000,000 = 333,333,335; // 8 = 41,666,666; 1,000,000,007 - 41,666,666.
        assertEquals(Wei.of(958_333_341L), rule.nextBaseFee(Wei.of(1_000_000_007L), Gas.millions(10),
                Gas.millions(15)), "1,000,000,007 wei, 10M used of a 15M target");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("below the target there is no floor: a tiny base fee may stay put")
    void noFloorBelowTarget() {
        assertEquals(Wei.of(7), rule.nextBaseFee(Wei.of(7), Gas.of(14_999_999), Gas.millions(15)),
                "7 wei, 14,999,999 used of a 15M target");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("large base fees do not overflow")
    void largeValues() {
        Wei huge = Wei.of(BigInteger.TEN.pow(30));
        assertEquals(Wei.of(BigInteger.TEN.pow(30).add(BigInteger.TEN.pow(30).divide(BigInteger.valueOf(8)))),
                rule.nextBaseFee(huge, Gas.millions(30), Gas.millions(15)), "10^30 wei, 30M used of a 15M target");
        assertEquals(Wei.of(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(Long.MAX_VALUE / 8))),
                rule.nextBaseFee(Wei.of(Long.MAX_VALUE), Gas.millions(30), Gas.millions(15)),
                "Long.MAX_VALUE wei, full block");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("agrees with the EIP on 500 seeded random blocks, and rejects a zero target")
    void seededBlocks() {
        Random random = new Random(1559);
        for (int i = 0; i < 500; i++) {
            long fee = 1 + (long) (random.nextDouble() * 500_000_000_000L);
            long target = 1 + random.nextInt(20_000_000);
            long used = (long) (random.nextDouble() * 2 * target);
            BigInteger f = BigInteger.valueOf(fee);
            BigInteger delta = f.multiply(BigInteger.valueOf(Math.abs(used - target)))
                    .divide(BigInteger.valueOf(target)).divide(BigInteger.valueOf(8));
            BigInteger expected = used == target ? f
                    : used > target ? f.add(delta.max(BigInteger.ONE)) : f.subtract(delta);
            assertEquals(Wei.of(expected), rule.nextBaseFee(Wei.of(fee), Gas.of(used), Gas.of(target)),
                    fee + " wei, " + used + " used of a " + target + " target");
        }
        assertThrows(IllegalArgumentException.class, () -> rule.nextBaseFee(Wei.gwei(1), Gas.ZERO, Gas.ZERO),
                "a zero target");
    }
}
