package layers.l1.signatures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import layers.l1.crypto.Hex;
import layers.l1.keys.Secp256k1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EcdsaSignatureTest {

    private static final List<BigInteger> EDGES = List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(0x7f),
            BigInteger.valueOf(0x80), BigInteger.valueOf(0xff), BigInteger.ONE.shiftLeft(255),
            Secp256k1.HALF_N, Secp256k1.N.subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE));

    @Test
    void derAndCompactRoundTripAtTheEdges() {
        for (BigInteger r : EDGES) {
            for (BigInteger s : EDGES) {
                EcdsaSignature sig = EcdsaSignature.of(r, s);
                assertEquals(sig, EcdsaSignature.fromDer(sig.toDer()), sig.toString());
                assertEquals(sig, EcdsaSignature.fromCompact(sig.toCompact()), sig.toString());
            }
        }
    }

    @Test
    void derAndCompactRoundTripForSeededValues() {
        Random rng = new Random(66);
        for (int i = 0; i < 200; i++) {
            EcdsaSignature sig = EcdsaSignature.of(new BigInteger(256 - rng.nextInt(40), rng),
                    new BigInteger(256 - rng.nextInt(40), rng));
            byte[] der = sig.toDer();
            assertEquals(sig, EcdsaSignature.fromDer(der));
            assertArrayEquals(der, EcdsaSignature.fromDer(der).toDer());
            assertEquals(sig, EcdsaSignature.fromCompact(sig.toCompact()));
        }
    }

    @Test
    void derOfSmallNumbers() {
        assertEquals("3006020101020102", Hex.encode(EcdsaSignature.of(BigInteger.ONE, BigInteger.TWO).toDer()));
        assertEquals("30070202008002017f",
                Hex.encode(EcdsaSignature.of(BigInteger.valueOf(0x80), BigInteger.valueOf(0x7f)).toDer()));
    }

    /** Each BIP-66 rule broken once, by editing a valid 8-byte signature 30 06 02 01 01 02 01 02. */
    static Stream<Arguments> badDer() {
        return Stream.of(
                Arguments.of("30050201010201", "a DER signature has 8 to 72 bytes, not 7"),
                Arguments.of("3106020101020102", "byte 0 must be 30 (a SEQUENCE), not 31"),
                Arguments.of("3007020101020102", "byte 1 (the SEQUENCE's length) must be 6, the number of bytes"
                        + " after it, not 7"),
                Arguments.of("3006020301020102", "R's length (byte 3) is 3, which leaves no room for S"),
                Arguments.of("3006020101020202", "R's length 1 and S's length 2 (byte 6) plus 6 header bytes must add"
                        + " up to the signature's 8 bytes"),
                Arguments.of("3006030101020102", "byte 2 must be 02 (an INTEGER, R), not 03"),
                Arguments.of("3006020181020102", "R is negative: its first byte 81 (byte 4) has the high bit set"),
                Arguments.of("300702020001020102", "R has a needless leading zero byte (byte 4): DER needs the"
                        + " shortest encoding"),
                Arguments.of("3006020101030102", "byte 5 must be 02 (an INTEGER, S), not 03"),
                Arguments.of("3006020101020182", "S is negative: its first byte 82 (byte 7) has the high bit set"),
                Arguments.of("300702010102020002", "S has a needless leading zero byte (byte 7): DER needs the"
                        + " shortest encoding"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badDer")
    void strictDerRejectsWithTheBrokenRule(String hex, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EcdsaSignature.fromDer(Hex.decode(hex)));
        assertEquals("not a strict DER signature (BIP-66): " + problem + "; signature " + hex, e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("zeroLength")
    void zeroLengthIntegersAreRejected(String hex, String name) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EcdsaSignature.fromDer(Hex.decode(hex)));
        assertEquals("not a strict DER signature (BIP-66): " + name + " has length zero; signature " + hex,
                e.getMessage());
    }

    static Stream<Arguments> zeroLength() {
        return Stream.of(Arguments.of("3006020002020102", "R"), Arguments.of("3006020201010200", "S"));
    }

    @Test
    void numbersWiderThan256BitsAreRejected() {
        String der = "3026" + "0221" + "01" + "00".repeat(32) + "0201" + "01";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EcdsaSignature.fromDer(Hex.decode(der)));
        assertEquals("DER signature " + der + " holds a number wider than 256 bits, which no secp256k1 signature"
                + " needs", e.getMessage());
        IllegalArgumentException of = assertThrows(IllegalArgumentException.class,
                () -> EcdsaSignature.of(BigInteger.ONE.shiftLeft(256), BigInteger.ONE));
        assertEquals("an ECDSA signature's r is a number from 0 to 2^256-1, not 1" + "0".repeat(64), of.getMessage());
    }

    @Test
    void aCompactSignatureHas64Bytes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EcdsaSignature.fromCompact(new byte[63]));
        assertEquals("a compact ECDSA signature has 64 bytes (r then s), but " + "00".repeat(63) + " has 63",
                e.getMessage());
    }
}
