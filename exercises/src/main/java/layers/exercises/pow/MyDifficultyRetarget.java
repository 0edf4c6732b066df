package layers.exercises.pow;

import java.math.BigInteger;
import layers.l1.block.CompactTarget;

/**
 * Exercise {@code pow.retarget}: Bitcoin Core's {@code CalculateNextWorkRequired}. Write
 * {@link #calculateNextWorkRequired}, then grade it: {@code ./course grade pow.retarget}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Work in whole numbers all the way: {@code lastBits.toTarget()} is a {@code BigInteger}, and so is every
 *       step after it. A {@code double} has 53 bits, a target up to 224.</li>
 *   <li>Limit the timespan first: {@code Math.max(POW_TARGET_TIMESPAN / 4, Math.min(POW_TARGET_TIMESPAN * 4,
 *       actual))}.</li>
 *   <li>Multiply before you divide ({@code target.multiply(...).divide(...)}), as Core does; dividing first loses
 *       the low bits.</li>
 *   <li>Cap the result at {@code POW_LIMIT} with {@code compareTo}, then {@code CompactTarget.fromTarget(target)}
 *       rounds it down to three significant bytes, exactly as Core's {@code GetCompact}.</li>
 * </ol>
 */
public class MyDifficultyRetarget implements DifficultyRetarget {

    @Override
    public CompactTarget calculateNextWorkRequired(CompactTarget lastBits, long firstBlockTime, long lastBlockTime) {
        throw new UnsupportedOperationException("exercise pow.retarget: not written yet — see the hints above");
    }
}
