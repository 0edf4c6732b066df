package layers.exercises.pow;

import java.math.BigInteger;
import layers.l1.block.CompactTarget;

/**
 * Bitcoin's difficulty retarget: every 2016 blocks, the target is scaled by how long the last period took.
 * Source: Bitcoin Core {@code CalculateNextWorkRequired} (src/pow.cpp)
 * and mainnet's parameters ({@code nPowTargetTimespan}, {@code powLimit} in chainparams.cpp).
 */
public interface DifficultyRetarget {

    /** Two weeks in seconds, the time a period of 2016 blocks should take ({@code nPowTargetTimespan}). */
    long POW_TARGET_TIMESPAN = 14 * 24 * 60 * 60;

    /** The easiest target mainnet allows, {@code 2^224 - 1} ({@code powLimit}); in compact form {@code 0x1d00ffff}. */
    BigInteger POW_LIMIT = BigInteger.ONE.shiftLeft(224).subtract(BigInteger.ONE);

    /**
     * The bits of the next period, given the bits of the period's last block and the times of its first and last
     * blocks: the old target times the actual timespan {@code lastBlockTime - firstBlockTime}, first limited to
     * [{@link #POW_TARGET_TIMESPAN} / 4, {@link #POW_TARGET_TIMESPAN} × 4], divided by {@link #POW_TARGET_TIMESPAN}
     * (rounding down), never above {@link #POW_LIMIT}, and put back in compact form.
     *
     * <p>Block times are not always in order, so {@code lastBlockTime} may even be earlier than
     * {@code firstBlockTime}; the limit then applies as to any other too-short timespan.
     *
     * @throws ArithmeticException if {@code lastBits} does not encode a usable target ({@link CompactTarget#toTarget()})
     */
    CompactTarget calculateNextWorkRequired(CompactTarget lastBits, long firstBlockTime, long lastBlockTime);
}
