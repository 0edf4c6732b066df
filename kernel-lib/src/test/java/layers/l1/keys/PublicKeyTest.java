package layers.l1.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import layers.l1.crypto.Hex;
import org.junit.jupiter.api.Test;

class PublicKeyTest {

    private static final String G_X = "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";
    private static final String G_Y = "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";
    private static final String P_HEX = "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f";

    @Test
    void theGeneratorInBothEncodings() {
        PublicKey g = PublicKey.fromPoint(Secp256k1.G);
        assertEquals("02" + G_X, Hex.encode(g.compressed()));
        assertEquals("04" + G_X + G_Y, Hex.encode(g.uncompressed()));
        assertEquals(g, PublicKey.fromHex("02" + G_X));
        assertEquals(g, PublicKey.fromHex("04" + G_X + G_Y));
        assertTrue(g.hasEvenY());
    }

    @Test
    void anOddYGetsPrefix03() {
        PublicKey minusG = PublicKey.fromPoint(Secp256k1.G.negate());
        assertEquals("03" + G_X, Hex.encode(minusG.compressed()));
        assertEquals(minusG, PublicKey.fromSec1(minusG.compressed()));
    }

    @Test
    void bothEncodingsRoundTripForSeededKeys() {
        Random rng = new Random(20240601);
        for (int i = 0; i < 50; i++) {
            PublicKey key = PrivateKey.random(rng).publicKey();
            assertEquals(key, PublicKey.fromSec1(key.compressed()), "key " + i);
            assertEquals(key, PublicKey.fromSec1(key.uncompressed()), "key " + i);
            assertArrayEquals(key.compressed(), PublicKey.fromSec1(key.uncompressed()).compressed());
            assertEquals(key.x(), key.xOnly().liftX().x());
        }
    }

    @Test
    void aWrongLengthIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublicKey.fromHex("02abcd"));
        assertEquals("a SEC1 public key has 33 bytes (compressed) or 65 bytes (uncompressed), but 02abcd has 3",
                e.getMessage());
    }

    @Test
    void aBadPrefixIsNamed() {
        IllegalArgumentException compressed = assertThrows(IllegalArgumentException.class,
                () -> PublicKey.fromHex("04" + G_X));
        assertEquals("a 33-byte SEC1 public key starts with 02 (even y) or 03 (odd y), but 04" + G_X
                + " starts with 04", compressed.getMessage());
        IllegalArgumentException hybrid = assertThrows(IllegalArgumentException.class,
                () -> PublicKey.fromHex("06" + G_X + G_Y));
        assertEquals("a 65-byte SEC1 public key starts with 04, but 06" + G_X + G_Y + " starts with 06",
                hybrid.getMessage());
    }

    @Test
    void aPointNotOnTheCurveIsNamed() {
        String badY = G_Y.substring(0, 63) + "9";
        IllegalArgumentException uncompressed = assertThrows(IllegalArgumentException.class,
                () -> PublicKey.fromHex("04" + G_X + badY));
        assertEquals("public key 04" + G_X + badY + " is not on secp256k1: its (x, y) does not satisfy"
                + " y² = x³ + 7 (mod p)", uncompressed.getMessage());
        // x = 5: 5³ + 7 = 132 has no square root mod p (BIP-340's vector 5 uses another such x).
        String five = "0".repeat(63) + "5";
        IllegalArgumentException compressed = assertThrows(IllegalArgumentException.class,
                () -> PublicKey.fromHex("02" + five));
        assertEquals("public key 02" + five + " is not on secp256k1: its x = 5 is not the x coordinate of any curve"
                + " point (x³ + 7 has no square root mod p)", compressed.getMessage());
    }

    @Test
    void aCoordinateNotBelowPIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PublicKey.fromHex("02" + P_HEX));
        assertEquals("public key 02" + P_HEX + " has x = " + P_HEX + ", which is not below the field size p = "
                + P_HEX, e.getMessage());
    }

    @Test
    void badHexIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PublicKey.fromHex("0x2q"));
        assertEquals("not a hex digit: 'q' at position 3 of '0x2q'", e.getMessage());
    }

    @Test
    void infinityIsNotAKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PublicKey.fromPoint(Secp256k1.G.multiply(Secp256k1.N)));
        assertEquals("the point at infinity is not a public key", e.getMessage());
    }
}
