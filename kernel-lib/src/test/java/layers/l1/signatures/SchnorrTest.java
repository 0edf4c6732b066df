package layers.l1.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import layers.core.Verdict;
import layers.l1.crypto.Hex;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.Secp256k1;
import layers.l1.keys.XOnlyPublicKey;
import org.junit.jupiter.api.Test;

/** An honest BIP-340 signature verifies; every kind of tampering is rejected for its rule. */
class SchnorrTest {

    private static final byte[] MESSAGE = "pay 0.1 BTC to Bob".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AUX = new byte[32];

    private final PrivateKey key = PrivateKey.random(new Random(2009));
    private final XOnlyPublicKey publicKey = Schnorr.pubKey(key);
    private final SchnorrSignature honest = Schnorr.sign(key, MESSAGE, AUX);

    private static boolean failsTheEquation(Verdict v) {
        return v.isRejectedFor(SchnorrRule.R_HAS_ODD_Y) || v.isRejectedFor(SchnorrRule.R_X_MISMATCH);
    }

    private static SchnorrSignature flip(SchnorrSignature sig, int bit) {
        byte[] b = sig.bytes();
        b[bit / 8] ^= (byte) (1 << (bit % 8));
        return SchnorrSignature.of(b);
    }

    @Test
    void anHonestSignatureVerifies() {
        assertTrue(Schnorr.verify(publicKey, MESSAGE, honest).isValid());
        assertTrue(Schnorr.isValid(publicKey, MESSAGE, honest));
        assertEquals(honest, Schnorr.sign(key, MESSAGE, AUX), "the same inputs give the same signature");
    }

    @Test
    void aFlippedBitInRIsRejected() {
        Verdict v = Schnorr.verify(publicKey, MESSAGE, flip(honest, 7));
        assertTrue(failsTheEquation(v), v.toString());
    }

    @Test
    void aFlippedBitInSIsRejected() {
        Verdict v = Schnorr.verify(publicKey, MESSAGE, flip(honest, 8 * 63));
        assertTrue(failsTheEquation(v), v.toString());
    }

    @Test
    void aFlippedBitInTheMessageIsRejected() {
        byte[] tampered = MESSAGE.clone();
        tampered[0] ^= 1;
        Verdict v = Schnorr.verify(publicKey, tampered, honest);
        assertTrue(failsTheEquation(v), v.toString());
    }

    @Test
    void anotherKeyIsRejected() {
        XOnlyPublicKey other = Schnorr.pubKey(PrivateKey.random(new Random(2010)));
        Verdict v = Schnorr.verify(other, MESSAGE, honest);
        assertTrue(failsTheEquation(v), v.toString());
    }

    @Test
    void rNotBelowPIsRejected() {
        byte[] b = honest.bytes();
        System.arraycopy(Secp256k1.bytes(Secp256k1.P), 0, b, 0, 32);
        Verdict v = Schnorr.verify(publicKey, MESSAGE, SchnorrSignature.of(b));
        assertTrue(v.isRejectedFor(SchnorrRule.R_NOT_BELOW_P), v.toString());
        assertEquals("r = " + Secp256k1.P.toString(16), v.detail().orElseThrow());
    }

    @Test
    void sNotBelowNIsRejected() {
        byte[] b = honest.bytes();
        System.arraycopy(Secp256k1.bytes(Secp256k1.N), 0, b, 32, 32);
        Verdict v = Schnorr.verify(publicKey, MESSAGE, SchnorrSignature.of(b));
        assertTrue(v.isRejectedFor(SchnorrRule.S_NOT_BELOW_N), v.toString());
    }

    @Test
    void aPublicKeyOffTheCurveIsRejected() {
        byte[] notAnX = Hex.decode("eefdea4cdb677750a420fee807eacf21eb9898ae79b9768766e4faa04a2d4a34");
        Verdict v = Schnorr.verify(notAnX, MESSAGE, honest);
        assertTrue(v.isRejectedFor(SchnorrRule.PUBLIC_KEY_NOT_ON_CURVE), v.toString());
        assertEquals("rejected, PUBLIC_KEY_NOT_ON_CURVE (lift_x(int(pk)) fails: pk is not the X coordinate of a"
                + " point on secp256k1): pk = eefdea4cdb677750a420fee807eacf21eb9898ae79b9768766e4faa04a2d4a34:"
                + " x^3 + 7 has no square root mod p", v.toString());
    }

    @Test
    void signAndVerifyFiftySeededKeys() {
        Random rng = new Random(50);
        for (int i = 0; i < 50; i++) {
            PrivateKey sk = PrivateKey.random(rng);
            byte[] message = ("message " + i).getBytes(StandardCharsets.UTF_8);
            byte[] aux = new byte[32];
            rng.nextBytes(aux);
            SchnorrSignature sig = Schnorr.sign(sk, message, aux);
            assertTrue(Schnorr.isValid(Schnorr.pubKey(sk), message, sig), "key " + i);
            assertTrue(Schnorr.verify(Schnorr.pubKey(sk).bytes(), message, sig).isValid(), "key " + i);
            assertFalse(Schnorr.isValid(Schnorr.pubKey(sk), ("message " + (i + 1)).getBytes(StandardCharsets.UTF_8),
                    sig), "key " + i);
            assertEquals(sig, SchnorrSignature.fromHex(sig.toHex()));
        }
    }

    @Test
    void misuseIsNamed() {
        IllegalArgumentException aux = assertThrows(IllegalArgumentException.class,
                () -> Schnorr.sign(key, MESSAGE, new byte[3]));
        assertEquals("BIP-340 auxiliary random data has 32 bytes, but 000000 has 3", aux.getMessage());
        IllegalArgumentException pk = assertThrows(IllegalArgumentException.class,
                () -> Schnorr.verify(new byte[33], MESSAGE, honest));
        assertEquals("a BIP-340 public key has 32 bytes, but " + "00".repeat(33) + " has 33", pk.getMessage());
        IllegalArgumentException sig = assertThrows(IllegalArgumentException.class,
                () -> SchnorrSignature.fromHex("abcd"));
        assertEquals("a BIP-340 signature has 64 bytes, but abcd has 2", sig.getMessage());
    }
}
