package layers.l1.fees;

import layers.core.Verdict;
import layers.l1.network.SimRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EIP-1559's base fee rule and checks, against the reference implementation's text (EIPS/eip-1559.md). */
class Eip1559Test {

    private static final Gas TARGET = Gas.millions(15);

    @Test
    void theConstantsAreTheEips() {
        assertEquals(Wei.of(1_000_000_000L), Eip1559.INITIAL_BASE_FEE);
        assertEquals(8, Eip1559.BASE_FEE_MAX_CHANGE_DENOMINATOR);
        assertEquals(2, Eip1559.ELASTICITY_MULTIPLIER);
        assertEquals(Gas.of(5_000), Eip1559.MINIMUM_GAS_LIMIT);
    }

    @Test
    void theTargetIsHalfTheLimitRoundedDown() {
        assertEquals(Gas.millions(15), Eip1559.parentGasTarget(Gas.millions(30)));
        assertEquals(Gas.of(15_000_000), Eip1559.parentGasTarget(Gas.of(30_000_001)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // description, parent base fee, gas used, expected (target 15,000,000)
            "exactly at target: unchanged, 100000000000, 15000000, 100000000000",
            "full block: +12.5%, 100000000000, 30000000, 112500000000",
            "empty block: -12.5%, 100000000000, 0, 87500000000",
            "'one gas over target at 1 wei: the max(..., 1) lifts it to 2', 1, 15000001, 2",
            "'full block at 7 wei: 7 // 8 is 0 so max(..., 1) adds 1', 7, 30000000, 8",
            "'empty block at 7 wei: 7 // 8 is 0 and no max on the way down', 7, 0, 7",
            "empty block at 8 wei: down by exactly 1, 8, 0, 7",
            "empty block at 1 wei: stays 1, 1, 0, 1",
            "exactly at target at 1 wei: unchanged, 1, 15000000, 1",
            "half over target: +6.25% rounded down, 1000000007, 22500000, 1062500007",
            "half under target: -6.25% rounded down, 1000000007, 7500000, 937500007",
    })
    void theBaseFeeFollowsTheRule(String description, long parent, long gasUsed, long expected) {
        assertEquals(Wei.of(expected), Eip1559.expectedBaseFeePerGas(Wei.of(parent), Gas.of(gasUsed), TARGET),
                description);
    }

    @Test
    void largeBaseFeesDoNotOverflow() {
        Wei huge = Wei.of(BigInteger.TWO.pow(250));
        Wei next = Eip1559.expectedBaseFeePerGas(huge, Gas.millions(30), TARGET);
        assertEquals(BigInteger.TWO.pow(250).add(BigInteger.TWO.pow(247)), next.value());
        Wei longMax = Wei.of(Long.MAX_VALUE);
        BigInteger expected = BigInteger.valueOf(Long.MAX_VALUE)
                .add(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(15_000_000))
                        .divide(BigInteger.valueOf(15_000_000)).divide(BigInteger.valueOf(8)));
        assertEquals(expected, Eip1559.expectedBaseFeePerGas(longMax, Gas.millions(30), TARGET).value());
    }

    @Test
    void agreesWithTheReferenceCodeOnSeededRandomInputs() {
        SimRandom random = new SimRandom(1559);
        for (int i = 0; i < 20_000; i++) {
            long target = 1 + random.nextInt(30_000_000);
            long used = random.nextInt((int) Math.min(Integer.MAX_VALUE, 2 * target + 1));
            BigInteger parent = new BigInteger(1 + random.nextInt(120), new java.util.Random(random.nextLong()));
            assertEquals(reference(parent, used, target),
                    Eip1559.expectedBaseFeePerGas(Wei.of(parent), Gas.of(used), Gas.of(target)).value(),
                    "parent " + parent + ", used " + used + ", target " + target);
        }
    }

    /** The EIP's Python, transcribed literally: {@code //} twice, in its order. */
    private static BigInteger reference(BigInteger parentBaseFee, long parentGasUsed, long parentGasTarget) {
        BigInteger used = BigInteger.valueOf(parentGasUsed);
        BigInteger target = BigInteger.valueOf(parentGasTarget);
        BigInteger eight = BigInteger.valueOf(8);
        if (used.equals(target)) {
            return parentBaseFee;
        } else if (used.compareTo(target) > 0) {
            BigInteger delta = parentBaseFee.multiply(used.subtract(target)).divide(target).divide(eight);
            return parentBaseFee.add(delta.max(BigInteger.ONE));
        } else {
            BigInteger delta = parentBaseFee.multiply(target.subtract(used)).divide(target).divide(eight);
            return parentBaseFee.subtract(delta);
        }
    }

    @Test
    void aZeroTargetIsMisuse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Eip1559.expectedBaseFeePerGas(Wei.ONE, Gas.ZERO, Gas.ZERO));
        assertTrue(e.getMessage().contains("target"));
    }

    @Test
    void theTipIsCappedByWhatIsLeftAboveTheBaseFee() {
        assertEquals(Wei.gwei(2), Eip1559.priorityFeePerGas(Wei.gwei(2), Wei.gwei(100), Wei.gwei(30)));
        assertEquals(Wei.gwei(1), Eip1559.priorityFeePerGas(Wei.gwei(2), Wei.gwei(31), Wei.gwei(30)));
        assertEquals(Wei.ZERO, Eip1559.priorityFeePerGas(Wei.gwei(2), Wei.gwei(30), Wei.gwei(30)));
        assertEquals(Wei.gwei(31), Eip1559.effectiveGasPrice(Wei.gwei(2), Wei.gwei(31), Wei.gwei(30)));
        assertThrows(IllegalArgumentException.class,
                () -> Eip1559.priorityFeePerGas(Wei.gwei(2), Wei.gwei(29), Wei.gwei(30)));
    }

    @Test
    void theBaseFeeTimesTheGasUsedIsBurnt() {
        assertEquals(Wei.of(21_000L * 30_000_000_000L), Eip1559.burnt(Wei.gwei(30), Gas.TRANSACTION));
    }

    // --- validate_block, header part ---

    private static final FeeHeader PARENT = new FeeHeader(100, Gas.millions(30), Gas.millions(20), Wei.gwei(10));

    @Test
    void aHeaderWithTheExpectedBaseFeeIsValid() {
        FeeHeader block = new FeeHeader(101, Gas.millions(30), Gas.millions(10), Eip1559.nextBaseFeePerGas(PARENT));
        assertTrue(Eip1559.validateBlock(PARENT, block, Eip1559.LONDON_FORK_BLOCK).isValid());
        assertEquals(block.baseFeePerGas(), PARENT.next(Gas.ZERO).baseFeePerGas());
    }

    @Test
    void eachHeaderRuleRejectsInTheEipsOrder() {
        Wei fee = Eip1559.nextBaseFeePerGas(PARENT);
        long bound = 30_000_000 / 1024;
        assertRejected(FeeRule.GAS_USED_ABOVE_LIMIT, new FeeHeader(101, Gas.millions(30), Gas.of(30_000_001), fee));
        assertRejected(FeeRule.GAS_LIMIT_INCREASED_TOO_MUCH,
                new FeeHeader(101, Gas.of(30_000_000 + bound), Gas.ZERO, fee));
        assertTrue(Eip1559.validateBlock(PARENT, new FeeHeader(101, Gas.of(30_000_000 + bound - 1), Gas.ZERO, fee),
                Eip1559.LONDON_FORK_BLOCK).isValid(), "one less than the bound is allowed");
        assertRejected(FeeRule.GAS_LIMIT_DECREASED_TOO_MUCH,
                new FeeHeader(101, Gas.of(30_000_000 - bound), Gas.ZERO, fee));
        assertRejected(FeeRule.BASE_FEE_INCORRECT, new FeeHeader(101, Gas.millions(30), Gas.ZERO, fee.plus(Wei.ONE)));
        FeeHeader small = new FeeHeader(7, Gas.of(5_000), Gas.ZERO, Wei.gwei(1));
        assertTrue(Eip1559.validateBlock(small, new FeeHeader(8, Gas.of(4_999), Gas.ZERO,
                Eip1559.nextBaseFeePerGas(small)), 0).isRejectedFor(FeeRule.GAS_LIMIT_BELOW_MINIMUM));
    }

    @Test
    void theForkBlockStartsAtTheInitialBaseFeeAndDoublesTheLimit() {
        FeeHeader legacy = new FeeHeader(Eip1559.LONDON_FORK_BLOCK - 1, Gas.millions(15), Gas.millions(15), Wei.ZERO);
        FeeHeader fork = new FeeHeader(Eip1559.LONDON_FORK_BLOCK, Gas.millions(30), Gas.millions(20),
                Eip1559.INITIAL_BASE_FEE);
        assertTrue(Eip1559.validateBlock(legacy, fork, Eip1559.LONDON_FORK_BLOCK).isValid());
        FeeHeader wrongFee = new FeeHeader(Eip1559.LONDON_FORK_BLOCK, Gas.millions(30), Gas.ZERO, Wei.gwei(2));
        assertTrue(Eip1559.validateBlock(legacy, wrongFee, Eip1559.LONDON_FORK_BLOCK)
                .isRejectedFor(FeeRule.BASE_FEE_INCORRECT));
    }

    private static void assertRejected(FeeRule rule, FeeHeader block) {
        Verdict v = Eip1559.validateBlock(PARENT, block, Eip1559.LONDON_FORK_BLOCK);
        assertTrue(v.isRejectedFor(rule), "expected " + rule + ", got " + v);
    }

    // --- validate_block, transaction part ---

    @Test
    void aTransactionThatCanPayIsValid() {
        assertTrue(Eip1559.validateTransaction(Wei.ether(1), Wei.gwei(1), Gas.TRANSACTION, Wei.gwei(50), Wei.gwei(2),
                Wei.gwei(30)).isValid());
    }

    @Test
    void eachTransactionRuleRejectsInTheEipsOrder() {
        assertTrue(Eip1559.validateTransaction(Wei.gwei(1), Wei.gwei(2), Gas.TRANSACTION, Wei.gwei(50), Wei.gwei(2),
                Wei.gwei(30)).isRejectedFor(FeeRule.INSUFFICIENT_BALANCE_FOR_VALUE));
        Wei exactlyGas = Wei.gwei(50).times(Gas.TRANSACTION);
        assertTrue(Eip1559.validateTransaction(exactlyGas, Wei.ZERO, Gas.TRANSACTION, Wei.gwei(50), Wei.gwei(2),
                Wei.gwei(30)).isValid(), "exactly gas limit × max fee is enough");
        assertTrue(Eip1559.validateTransaction(exactlyGas, Wei.ONE, Gas.TRANSACTION, Wei.gwei(50), Wei.gwei(2),
                Wei.gwei(30)).isRejectedFor(FeeRule.INSUFFICIENT_BALANCE_FOR_GAS));
        assertTrue(Eip1559.validateTransaction(Wei.ether(1), Wei.ZERO, Gas.TRANSACTION, Wei.gwei(29), Wei.gwei(2),
                Wei.gwei(30)).isRejectedFor(FeeRule.MAX_FEE_BELOW_BASE_FEE));
        assertTrue(Eip1559.validateTransaction(Wei.ether(1), Wei.ZERO, Gas.TRANSACTION, Wei.gwei(40), Wei.gwei(41),
                Wei.gwei(30)).isRejectedFor(FeeRule.PRIORITY_FEE_ABOVE_MAX_FEE));
    }
}
