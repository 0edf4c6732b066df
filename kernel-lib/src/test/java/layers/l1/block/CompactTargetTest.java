package layers.l1.block;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompactTargetTest {

    @Test
    void difficultyOneTargetIsFfffShiftedBy208Bits() {
        assertEquals(BigInteger.valueOf(0xffff).shiftLeft(208), CompactTarget.DIFFICULTY_1.toTarget());
    }

    @ParameterizedTest(name = "{0} decodes to {1}, re-encodes as {2}")
    @CsvSource({
            "0x01123456, 12, 0x01120000",
            "0x02123456, 1234, 0x02123400",
            "0x03123456, 123456, 0x03123456",
            "0x04123456, 12345600, 0x04123456",
            "0x05009234, 92340000, 0x05009234",
            "0x1d00ffff, ffff0000000000000000000000000000000000000000000000000000, 0x1d00ffff",
            "0x1b04864c, 4864c000000000000000000000000000000000000000000000000, 0x1b04864c",
    })
    void decodesAsSetCompactAndReencodesAsGetCompact(String bits, String targetHex, String reencoded) {
        CompactTarget compact = CompactTarget.of(Long.decode(bits));
        assertEquals(new BigInteger(targetHex, 16), compact.toTarget());
        assertEquals(reencoded, CompactTarget.fromTarget(compact.toTarget()).toString());
    }

    @ParameterizedTest(name = "{0} has a zero mantissa after the size shift")
    @CsvSource({"0x00123456", "0x01003456", "0x02000056", "0x03000000", "0x04000000", "0x01803456", "0x04800000"})
    void smallOrEmptyMantissasDecodeToZeroAndAreNotNegative(String bits) {
        CompactTarget compact = CompactTarget.of(Long.decode(bits));
        assertEquals(BigInteger.ZERO, compact.toTarget());
        assertFalse(compact.isNegative());
        assertTrue(compact.encodingProblem().orElseThrow().contains("zero target"));
    }

    @Test
    void signBitMakesANegativeTargetThatIsRefusedNamingTheBits() {
        CompactTarget compact = CompactTarget.of(0x04923456L);
        assertTrue(compact.isNegative());
        ArithmeticException e = assertThrows(ArithmeticException.class, compact::toTarget);
        assertEquals("bits 0x04923456 have the sign bit set: a negative target", e.getMessage());
    }

    @Test
    void signBitOnASmallSizeIsNegativeToo() {
        assertTrue(CompactTarget.of(0x01fedcbaL).isNegative());
    }

    @ParameterizedTest(name = "{0} overflows 256 bits")
    @CsvSource({"0xff123456", "0x23000001", "0x22000100", "0x21010000"})
    void oversizedTargetsOverflowAndAreRefused(String bits) {
        CompactTarget compact = CompactTarget.of(Long.decode(bits));
        assertTrue(compact.overflows());
        ArithmeticException e = assertThrows(ArithmeticException.class, compact::toTarget);
        assertTrue(e.getMessage().contains("more than 256 bits"), e.getMessage());
    }

    @Test
    void largestNonOverflowingSizesAreAccepted() {
        assertFalse(CompactTarget.of(0x22000001L).overflows());
        assertFalse(CompactTarget.of(0x2100ff00L).overflows());
        assertFalse(CompactTarget.of(0x2000ffffL).overflows());
    }

    @Test
    void targetWithTheTopMantissaBitSetMovesUpOneByte() {
        assertEquals("0x02008000", CompactTarget.fromTarget(BigInteger.valueOf(0x80)).toString());
    }

    @Test
    void fromTargetRoundsDownToThreeSignificantBytes() {
        CompactTarget compact = CompactTarget.fromTarget(new BigInteger("0123456789abcdef", 16));
        assertEquals("0x08012345", compact.toString());
        assertEquals(new BigInteger("0123450000000000", 16), compact.toTarget());
    }

    @Test
    void reencodingAnyDecodedTargetKeepsIt_seeded() {
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            BigInteger target = new BigInteger(1 + random.nextInt(256), random);
            BigInteger rounded = CompactTarget.fromTarget(target).toTarget();
            assertEquals(rounded, CompactTarget.fromTarget(rounded).toTarget(), target.toString(16));
            assertTrue(rounded.compareTo(target) <= 0, target.toString(16));
        }
    }

    @Test
    void negativeOrOver256BitTargetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CompactTarget.fromTarget(BigInteger.valueOf(-1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CompactTarget.fromTarget(BigInteger.ONE.shiftLeft(256)));
        assertTrue(e.getMessage().contains("256-bit"), e.getMessage());
    }

    @Test
    void bitsBeyond32BitsAreRefusedNamingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CompactTarget.of(1L << 32));
        assertEquals("compact bits are a 32-bit unsigned field, not 0x100000000", e.getMessage());
    }

    @Test
    void difficultyOfTheDifficultyOneTargetIsOne() {
        assertEquals(1.0, CompactTarget.DIFFICULTY_1.difficulty());
    }

    @Test
    void difficultyOfBlock100000() {
        assertEquals(14484.1623612254, CompactTarget.of(0x1b04864cL).difficulty(), 1e-9);
    }

    @Test
    void workOfTheDifficultyOneTargetIsGenesisChainWork() {
        assertEquals(new BigInteger("100010001", 16), CompactTarget.DIFFICULTY_1.work());
    }

    @Test
    void workIsTwoTo256OverTargetPlusOne() {
        CompactTarget bits = CompactTarget.of(0x1b04864cL);
        BigInteger expected = BigInteger.ONE.shiftLeft(256).divide(bits.toTarget().add(BigInteger.ONE));
        assertEquals(expected, bits.work());
    }

    @Test
    void workOfUnusableBitsIsZero() {
        assertEquals(BigInteger.ZERO, CompactTarget.of(0x04923456L).work());
        assertEquals(BigInteger.ZERO, CompactTarget.of(0x03000000L).work());
    }
}
