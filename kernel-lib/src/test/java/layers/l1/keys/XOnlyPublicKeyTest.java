package layers.l1.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class XOnlyPublicKeyTest {

    @Test
    void liftXChoosesTheEvenY() {
        Random rng = new Random(340);
        int odd = 0;
        for (int i = 0; i < 50; i++) {
            PublicKey key = PrivateKey.random(rng).publicKey();
            XOnlyPublicKey xOnly = key.xOnly();
            PublicKey lifted = xOnly.liftX();
            assertTrue(lifted.hasEvenY());
            assertEquals(key.x(), lifted.x());
            assertEquals(key.hasEvenY() ? key : PublicKey.fromPoint(key.point().negate()), lifted);
            odd += key.hasEvenY() ? 0 : 1;
            assertEquals(xOnly, XOnlyPublicKey.fromHex(xOnly.toHex()));
        }
        assertTrue(odd > 0 && odd < 50, "both parities occur among 50 keys");
    }

    @Test
    void bip340sVector0PublicKey() {
        PrivateKey three = PrivateKey.fromBigInteger(BigInteger.valueOf(3));
        assertEquals("f9308a019258c31049344f85f89d5229b531c845836f99b08601f113bce036f9", three.publicKey().xOnly()
                .toHex());
    }

    @Test
    void aKeyThatLiftXRejectsIsNamed() {
        String notOnCurve = "eefdea4cdb677750a420fee807eacf21eb9898ae79b9768766e4faa04a2d4a34";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> XOnlyPublicKey.fromHex(notOnCurve));
        assertEquals("x-only public key " + notOnCurve + " is not on secp256k1: lift_x fails (x³ + 7 has no square"
                + " root mod p)", e.getMessage());
        String aboveP = "fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc30";
        IllegalArgumentException above = assertThrows(IllegalArgumentException.class,
                () -> XOnlyPublicKey.fromHex(aboveP));
        assertEquals("x-only public key " + aboveP + " is not on secp256k1: lift_x fails (x is not below the field"
                + " size p)", above.getMessage());
        assertFalse(Secp256k1.liftX(new BigInteger(aboveP, 16)).isPresent());
    }

    @Test
    void aWrongLengthIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> XOnlyPublicKey.fromHex("0279be66"));
        assertEquals("an x-only public key has 32 bytes, but 0279be66 has 4", e.getMessage());
    }
}
