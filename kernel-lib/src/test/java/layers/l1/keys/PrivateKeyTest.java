package layers.l1.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrivateKeyTest {

    private static final String G_COMPRESSED = "0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798";

    @Test
    void keyOneHasTheGeneratorAsPublicKey() {
        PrivateKey one = PrivateKey.fromBigInteger(BigInteger.ONE);
        assertEquals(G_COMPRESSED, one.publicKey().toString());
        assertEquals(Secp256k1.G, one.publicKey().point());
    }

    @Test
    void hexAndBytesAgree() {
        String hex = "0000000000000000000000000000000000000000000000000000000000000003";
        PrivateKey three = PrivateKey.fromHex(hex);
        assertEquals(BigInteger.valueOf(3), three.secret());
        assertEquals(three, PrivateKey.fromBytes(three.secretBytes()));
        assertEquals(three, PrivateKey.fromHex("0x" + hex));
    }

    @Test
    void theSameSeedGivesTheSameKeys() {
        Random a = new Random(42);
        Random b = new Random(42);
        for (int i = 0; i < 10; i++) {
            assertEquals(PrivateKey.random(a), PrivateKey.random(b));
        }
        assertNotEquals(PrivateKey.random(new Random(1)), PrivateKey.random(new Random(2)));
    }

    @Test
    void toStringHidesTheSecret() {
        PrivateKey key = PrivateKey.random(new Random(7));
        String shown = key.toString();
        assertEquals("PrivateKey[secret hidden, public key " + key.publicKey() + "]", shown);
        assertFalse(shown.contains(key.secret().toString(16)));
        assertFalse(shown.contains(key.secret().toString()));
    }

    @Test
    void zeroAndNAreNotKeys() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> PrivateKey.fromBigInteger(BigInteger.ZERO));
        assertEquals("a private key is a number from 1 to n-1 (n = "
                + "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141), not 0", zero.getMessage());
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
                () -> PrivateKey.fromBigInteger(Secp256k1.N));
        assertTrue(n.getMessage().endsWith("), not fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141"),
                n.getMessage());
        PrivateKey.fromBigInteger(Secp256k1.N.subtract(BigInteger.ONE));
    }

    @Test
    void badTextIsDescribedWithoutEchoingTheSecret() {
        IllegalArgumentException shortKey = assertThrows(IllegalArgumentException.class,
                () -> PrivateKey.fromHex("abcdef"));
        assertEquals("a private key is 64 hex digits (32 bytes), but the text given has 6", shortKey.getMessage());
        String typo = "1c".repeat(16) + "g" + "1".repeat(31);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> PrivateKey.fromHex(typo));
        assertEquals("a private key is 64 hex digits, but character 32 is 'g'", bad.getMessage());
        IllegalArgumentException bytes = assertThrows(IllegalArgumentException.class,
                () -> PrivateKey.fromBytes(new byte[31]));
        assertEquals("a private key has 32 bytes, not 31", bytes.getMessage());
    }
}
