package layers.exercises.pow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.block.CompactTarget;
import layers.l1.pow.Retarget;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pow.retarget",
        title = "Retarget the difficulty as Bitcoin Core does",
        contract = DifficultyRetarget.class,
        statement = """
                Every 2016 blocks Bitcoin sets a new target, so that blocks keep coming every ten minutes whatever \
                the hash power. Write `calculateNextWorkRequired(lastBits, firstBlockTime, lastBlockTime)`, Bitcoin \
                Core's rule: take the actual timespan `lastBlockTime - firstBlockTime`; limit it to between a \
                quarter of two weeks and four times two weeks; multiply the old target by it and divide by two \
                weeks (`POW_TARGET_TIMESPAN`, whole numbers, rounding down); cap the result at `POW_LIMIT`; and \
                return it in compact form. The tests are the vectors of Bitcoin Core's `src/test/pow_tests.cpp`, \
                taken from real mainnet blocks.""",
        hints = {
            "Work in whole numbers all the way: `lastBits.toTarget()` is a `BigInteger`, and so is every step after "
                    + "it. A `double` has 53 bits, a target up to 224.",
            "Limit the timespan first: `Math.max(POW_TARGET_TIMESPAN / 4, Math.min(POW_TARGET_TIMESPAN * 4, "
                    + "actual))`.",
            "Multiply before you divide (`target.multiply(...).divide(...)`), as Core does; dividing first loses the "
                    + "low bits.",
            "Cap the result at `POW_LIMIT` with `compareTo`, then `CompactTarget.fromTarget(target)` rounds it down "
                    + "to three significant bytes, exactly as Core's `GetCompact`."
        })
class DifficultyRetargetTest {

    private final DifficultyRetarget retarget = Implementation.of(DifficultyRetarget.class);

    private void assertVector(String name, long lastBits, long firstTime, long lastTime, long expectedBits) {
        CompactTarget next = retarget.calculateNextWorkRequired(CompactTarget.of(lastBits), firstTime, lastTime);
        assertEquals(CompactTarget.of(expectedBits), next, String.format(
                "pow_tests %s: calculateNextWorkRequired(0x%08x, %d, %d)", name, lastBits, firstTime, lastTime));
    }

    @Test
    @Points(2)
    @DisplayName("Core's vector get_next_work: the period after block 32255")
    void getNextWork() {
        assertVector("get_next_work", 0x1d00ffffL, 1261130161L, 1262152739L, 0x1d00d86aL);
    }

    @Test
    @Points(1)
    @DisplayName("Core's vector get_next_work_pow_limit: never easier than the limit")
    void getNextWorkPowLimit() {
        assertVector("get_next_work_pow_limit", 0x1d00ffffL, 1231006505L, 1233061996L, 0x1d00ffffL);
    }

    @Test
    @Points(1)
    @DisplayName("Core's vector get_next_work_lower_limit_actual: a fast period is limited to ¼ of two weeks")
    void lowerLimitActual() {
        assertVector("get_next_work_lower_limit_actual", 0x1c05a3f4L, 1279008237L, 1279297671L, 0x1c0168fdL);
    }

    @Test
    @Points(1)
    @DisplayName("Core's vector get_next_work_upper_limit_actual: a slow period is limited to 4 × two weeks")
    void upperLimitActual() {
        assertVector("get_next_work_upper_limit_actual", 0x1c387f6fL, 1263163443L, 1269211443L, 0x1d00e1fdL);
    }

    @Test
    @Points(1)
    @DisplayName("a period of exactly two weeks keeps the target")
    void exactlyTwoWeeksKeepsTheTarget() {
        long start = 1_700_000_000L;
        assertVector("(two weeks)", 0x17034219L, start, start + DifficultyRetarget.POW_TARGET_TIMESPAN, 0x17034219L);
    }
}
