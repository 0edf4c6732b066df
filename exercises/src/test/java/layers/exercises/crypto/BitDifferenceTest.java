package layers.exercises.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@GradedExercise(
        id = "crypto.bit-difference",
        title = "Count the bits in which two hashes differ",
        contract = BitDifference.class,
        statement = """
                The avalanche effect says that changing one bit of a hash function's input changes about half of \
                the output's bits. To measure it, write `differingBits(a, b)`: the number of bit positions, from 0 \
                to 256, in which the hashes `a` and `b` differ (their Hamming distance). Equal hashes differ in 0 \
                bits; a hash and its complement in all 256.""",
        hints = {
            "Two bits differ exactly where their XOR is 1, so XOR the hashes byte by byte and count the ones.",
            "`a.bytes()` and `b.bytes()` give the 32 bytes; `Integer.bitCount(x)` counts the ones of an `int`.",
            "Java's `byte` is signed: `(byte) 0xff ^ (byte) 0x00` is the `int` -1, which has 32 ones. Mask with "
                    + "`& 0xff` before counting."
        })
class BitDifferenceTest {

    private final BitDifference bits = Implementation.of(BitDifference.class);

    private static final Hash ABC = Sha256.hash("abc".getBytes(StandardCharsets.US_ASCII));

    /** The hash whose only 1 bit is bit {@code position}, counted from the high bit of byte 0. */
    private static Hash withBit(int position) {
        byte[] b = new byte[Hash.LENGTH];
        b[position / 8] = (byte) (0x80 >>> (position % 8));
        return Hash.of(b);
    }

    private static Hash filledWith(int value) {
        byte[] b = new byte[Hash.LENGTH];
        java.util.Arrays.fill(b, (byte) value);
        return Hash.of(b);
    }

    @Test
    @Points(1)
    @DisplayName("a hash differs from itself in no bits")
    void aHashDiffersFromItselfInNoBits() {
        assertEquals(0, bits.differingBits(ABC, ABC), "differingBits(SHA-256(\"abc\"), SHA-256(\"abc\"))");
    }

    @Test
    @Points(1)
    @DisplayName("all zeros and all ones differ in all 256 bits")
    void zerosAndOnesDifferEverywhere() {
        assertEquals(256, bits.differingBits(Hash.ZERO, filledWith(0xff)), "differingBits(00…00, ff…ff)");
    }

    @ParameterizedTest(name = "bit {0}")
    @ValueSource(ints = {0, 7, 8, 100, 255})
    @Points(1)
    @DisplayName("one flipped bit counts 1, wherever it is")
    void oneFlippedBitCountsOne(int position) {
        assertEquals(1, bits.differingBits(Hash.ZERO, withBit(position)),
                "differingBits(00…00, the hash with only bit " + position + " set)");
    }

    @Test
    @Points(2)
    @DisplayName("a byte above 0x7f counts its 8 bits, not 32")
    void bytesAboveSevenFCountEightBits() {
        byte[] b = new byte[Hash.LENGTH];
        b[0] = (byte) 0xff;
        assertEquals(8, bits.differingBits(Hash.ZERO, Hash.of(b)), "differingBits(00…00, ff00…00)");
        assertEquals(256, bits.differingBits(filledWith(0x80), filledWith(0x7f)),
                "differingBits(8080…80, 7f7f…7f)");
    }

    @Test
    @Points(1)
    @DisplayName("SHA-256 of \"abc\" and of \"abd\" differ in 122 bits")
    void abcAndAbdDiffer() {
        Hash abd = Sha256.hash("abd".getBytes(StandardCharsets.US_ASCII));
        assertEquals(122, bits.differingBits(ABC, abd), "differingBits(SHA-256(\"abc\"), SHA-256(\"abd\"))");
    }
}
