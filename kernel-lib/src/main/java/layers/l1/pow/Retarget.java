package layers.l1.pow;

import layers.l1.block.BlockHeader;
import layers.l1.block.CompactTarget;
import layers.l1.block.WorkRequired;

import java.math.BigInteger;
import java.util.List;

/**
 * Bitcoin's difficulty retarget (Bitcoin Core src/pow.cpp): every 2016 blocks the target is scaled by how long the
 * last period took compared with two weeks, with the change limited to a factor of 4 either way and the target never
 * above the proof-of-work limit. All arithmetic is on whole 256-bit numbers, as Core's {@code arith_uint256} does it.
 */
public final class Retarget {

    /** Seconds per block the retarget aims for (Bitcoin Core chainparams.cpp, consensus.nPowTargetSpacing). */
    public static final long POW_TARGET_SPACING = 10 * 60;
    /** Seconds per retarget period: two weeks (Bitcoin Core chainparams.cpp, consensus.nPowTargetTimespan). */
    public static final long POW_TARGET_TIMESPAN = 14 * 24 * 60 * 60;
    /** Blocks per retarget period: 1,209,600 / 600 = 2016 (Bitcoin Core consensus/params.h). */
    public static final int DIFFICULTY_ADJUSTMENT_INTERVAL = (int) (POW_TARGET_TIMESPAN / POW_TARGET_SPACING);
    /** The easiest target allowed, {@code 0x00000000ffff...ff} (Bitcoin Core chainparams.cpp, consensus.powLimit);
     *  in compact form it rounds down to {@link CompactTarget#DIFFICULTY_1}, {@code 0x1d00ffff}. */
    public static final BigInteger POW_LIMIT = BigInteger.ONE.shiftLeft(224).subtract(BigInteger.ONE);

    /** Bitcoin mainnet's target rule, for {@code layers.l1.block.ChainParams}: {@link #getNextWorkRequired}. */
    public static final WorkRequired BITCOIN = Retarget::getNextWorkRequired;

    private Retarget() {
    }

    /**
     * The bits the next block must carry, given the headers from genesis to the tip (Bitcoin Core
     * {@code GetNextWorkRequired}, src/pow.cpp, mainnet rules): the proof-of-work limit for genesis; the tip's bits
     * except at a {@link #isRetargetHeight retarget height}; there, {@link #calculateNextWorkRequired} from the time
     * of the block at {@link #firstBlockHeight} to the tip's.
     */
    public static CompactTarget getNextWorkRequired(List<BlockHeader> previous) {
        if (previous.isEmpty()) {
            return CompactTarget.fromTarget(POW_LIMIT);
        }
        int lastHeight = previous.size() - 1;
        BlockHeader last = previous.get(lastHeight);
        if (!isRetargetHeight(lastHeight + 1L)) {
            return last.bits();
        }
        BlockHeader first = previous.get((int) firstBlockHeight(lastHeight));
        return calculateNextWorkRequired(last.bits(), first.time(), last.time());
    }

    /**
     * The next target (Bitcoin Core {@code CalculateNextWorkRequired}, src/pow.cpp): the last target times the
     * actual timespan {@code lastBlockTime - firstBlockTime}, clamped to [¼, 4] × two weeks, divided by two weeks,
     * rounded down, capped at {@link #POW_LIMIT}, then put in compact form (which rounds down again).
     *
     * <p>Core measures the timespan from the first block of the period to the last, which spans 2015 block intervals,
     * not 2016 (see {@link #firstBlockHeight}): an off-by-one kept because fixing it would fork the chain.
     */
    public static CompactTarget calculateNextWorkRequired(CompactTarget lastBits, long firstBlockTime,
                                                          long lastBlockTime) {
        long actualTimespan = clampTimespan(lastBlockTime - firstBlockTime);
        BigInteger target = lastBits.toTarget()
                .multiply(BigInteger.valueOf(actualTimespan))
                .divide(BigInteger.valueOf(POW_TARGET_TIMESPAN));
        if (target.compareTo(POW_LIMIT) > 0) {
            target = POW_LIMIT;
        }
        return CompactTarget.fromTarget(target);
    }

    /** The actual timespan limited to [two weeks / 4, two weeks × 4], as {@code CalculateNextWorkRequired} does. */
    public static long clampTimespan(long actualTimespan) {
        return Math.max(POW_TARGET_TIMESPAN / 4, Math.min(POW_TARGET_TIMESPAN * 4, actualTimespan));
    }

    /**
     * True if the block at {@code height} gets a new target: {@code height % 2016 == 0} (Bitcoin Core
     * {@code GetNextWorkRequired}: "Only change once per difficulty adjustment interval").
     */
    public static boolean isRetargetHeight(long height) {
        checkHeight(height);
        return height > 0 && height % DIFFICULTY_ADJUSTMENT_INTERVAL == 0;
    }

    /**
     * The height of the block whose time starts the timespan, given the last block of the period:
     * {@code lastHeight - (2016 - 1)} (Bitcoin Core {@code GetNextWorkRequired}, nHeightFirst). The timespan thus
     * covers 2015 intervals, and a period that ran at exactly 600 s per block still makes the target about 0.05%
     * harder.
     */
    public static long firstBlockHeight(long lastHeight) {
        checkHeight(lastHeight);
        long first = lastHeight - (DIFFICULTY_ADJUSTMENT_INTERVAL - 1);
        if (first < 0) {
            throw new IllegalArgumentException("block " + lastHeight + " does not end a retarget period");
        }
        return first;
    }

    private static void checkHeight(long height) {
        if (height < 0) {
            throw new IllegalArgumentException("block heights are 0 or more, was " + height);
        }
    }
}
