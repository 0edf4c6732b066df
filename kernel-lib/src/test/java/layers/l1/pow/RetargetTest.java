package layers.l1.pow;

import layers.l1.block.BlockHeader;
import layers.l1.block.CompactTarget;
import layers.l1.crypto.Hash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetargetTest {

    private static final long TWO_WEEKS = Retarget.POW_TARGET_TIMESPAN;
    private static final long T0 = 1_300_000_000L;
    /** A target well below the limit, so that neither the limit nor compact rounding gets in the way. */
    private static final CompactTarget MID = CompactTarget.of(0x1b0404cbL);

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/layers/l1/pow/core-retarget-vectors.csv", numLinesToSkip = 1)
    void reproducesBitcoinCoresTestVectors(String name, String lastBits, long first, long last, String expected) {
        CompactTarget next = Retarget.calculateNextWorkRequired(CompactTarget.of(Long.decode(lastBits)), first, last);
        assertEquals(expected, next.toString());
    }

    @Test
    void aPeriodOfExactlyTwoWeeksKeepsTheTarget() {
        assertEquals(MID, Retarget.calculateNextWorkRequired(MID, T0, T0 + TWO_WEEKS));
    }

    @Test
    void aPeriodTwiceAsFastHalvesTheTarget() {
        BigInteger expected = MID.toTarget().divide(BigInteger.TWO);
        assertEquals(CompactTarget.fromTarget(expected),
                Retarget.calculateNextWorkRequired(MID, T0, T0 + TWO_WEEKS / 2));
    }

    @Test
    void aPeriodMuchFasterThanAQuarterIsClampedToAQuarter() {
        CompactTarget quarter = Retarget.calculateNextWorkRequired(MID, T0, T0 + TWO_WEEKS / 4);
        assertEquals(quarter, Retarget.calculateNextWorkRequired(MID, T0, T0 + 3_600));
        assertEquals(quarter, Retarget.calculateNextWorkRequired(MID, T0, T0 - 100)); // timestamps can go backwards
        assertEquals(CompactTarget.fromTarget(MID.toTarget().divide(BigInteger.valueOf(4))), quarter);
    }

    @Test
    void aPeriodMuchSlowerThanFourTimesIsClampedToFourTimes() {
        CompactTarget four = Retarget.calculateNextWorkRequired(MID, T0, T0 + 4 * TWO_WEEKS);
        assertEquals(four, Retarget.calculateNextWorkRequired(MID, T0, T0 + 40 * TWO_WEEKS));
        assertEquals(CompactTarget.fromTarget(MID.toTarget().multiply(BigInteger.valueOf(4))), four);
    }

    @Test
    void theTargetNeverRisesAboveTheProofOfWorkLimit() {
        CompactTarget next = Retarget.calculateNextWorkRequired(CompactTarget.DIFFICULTY_1, T0, T0 + 4 * TWO_WEEKS);
        assertEquals(CompactTarget.of(0x1d00ffffL), next);
        assertEquals(Retarget.POW_LIMIT, new BigInteger("00000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff", 16));
        assertTrue(CompactTarget.DIFFICULTY_1.toTarget().compareTo(Retarget.POW_LIMIT) < 0);
    }

    @Test
    void theArithmeticRoundsDownOnWholeNumbersAsCoreDoes() {
        // target 1,000,000 (bits 0x030f4240) × 1,209,599 s / 1,209,600 s = 999,999.17... → 999,999
        CompactTarget small = CompactTarget.of(0x030f4240L);
        CompactTarget next = Retarget.calculateNextWorkRequired(small, T0, T0 + TWO_WEEKS - 1);
        assertEquals(BigInteger.valueOf(999_999), next.toTarget());
    }

    @Test
    void theTimespanCovers2015IntervalsNot2016() {
        assertEquals(2016, Retarget.DIFFICULTY_ADJUSTMENT_INTERVAL);
        assertEquals(0, Retarget.firstBlockHeight(2015));
        assertEquals(30_240, Retarget.firstBlockHeight(32_255));
        // so 2016 blocks at exactly 600 s measure 2015 × 600 s, and the target gets 1/2016 harder
        CompactTarget next = Retarget.calculateNextWorkRequired(MID, T0, T0 + 2015 * 600);
        BigInteger expected = MID.toTarget().multiply(BigInteger.valueOf(2015 * 600)).divide(BigInteger.valueOf(TWO_WEEKS));
        assertEquals(CompactTarget.fromTarget(expected), next);
        assertTrue(next.toTarget().compareTo(MID.toTarget()) < 0);
    }

    @Test
    void getNextWorkRequiredKeepsTheTipsBitsBetweenRetargets() {
        List<BlockHeader> chain = headers(100, 600, MID);
        assertEquals(MID, Retarget.getNextWorkRequired(chain));
        assertEquals(CompactTarget.DIFFICULTY_1, Retarget.getNextWorkRequired(List.of()));
    }

    @Test
    void getNextWorkRequiredRetargetsFromTheFirstBlockOfThePeriodToTheTip() {
        List<BlockHeader> chain = headers(2016, 300, MID); // blocks twice as fast as ten minutes
        CompactTarget expected = Retarget.calculateNextWorkRequired(MID, chain.get(0).time(), chain.get(2015).time());
        assertEquals(expected, Retarget.getNextWorkRequired(chain));
        assertEquals(expected, Retarget.BITCOIN.nextWorkRequired(chain));
        // 2015 intervals of 300 s: the target shrinks to 2015/4032 of itself
        BigInteger ratio = MID.toTarget().multiply(BigInteger.valueOf(2015 * 300)).divide(BigInteger.valueOf(TWO_WEEKS));
        assertEquals(CompactTarget.fromTarget(ratio), expected);
    }

    /** {@code n} headers from genesis, {@code spacing} seconds apart, all at {@code bits} (not mined: the rule only
     *  reads times and bits). */
    private static List<BlockHeader> headers(int n, long spacing, CompactTarget bits) {
        List<BlockHeader> out = new ArrayList<>();
        Hash previous = Hash.ZERO;
        for (int h = 0; h < n; h++) {
            BlockHeader header = BlockHeader.of(1, previous, Hash.ZERO, T0 + h * spacing, bits, 0);
            out.add(header);
            previous = header.hash();
        }
        return out;
    }

    @Test
    void onlyEvery2016thBlockGetsANewTarget() {
        assertFalse(Retarget.isRetargetHeight(0));
        assertFalse(Retarget.isRetargetHeight(2015));
        assertTrue(Retarget.isRetargetHeight(2016));
        assertTrue(Retarget.isRetargetHeight(32_256));
        assertFalse(Retarget.isRetargetHeight(32_257));
    }
}
