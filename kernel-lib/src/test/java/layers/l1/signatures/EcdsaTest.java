package layers.l1.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;
import layers.l1.keys.Secp256k1;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.junit.jupiter.api.Test;

/** An honest ECDSA signature verifies; every kind of tampering is rejected for its rule. */
class EcdsaTest {

    private static final BigInteger N = Secp256k1.N;

    private final PrivateKey key = PrivateKey.random(new Random(1976));
    private final PublicKey publicKey = key.publicKey();
    private final Hash hash = Sha256.hash("pay 0.1 BTC to Bob".getBytes(StandardCharsets.UTF_8));
    private final EcdsaSignature honest = Ecdsa.sign(key, hash);

    private Verdict verify(EcdsaSignature signature) {
        return Ecdsa.verify(publicKey, hash, signature);
    }

    @Test
    void anHonestSignatureVerifiesAndIsLowS() {
        assertTrue(verify(honest).isValid());
        assertTrue(Ecdsa.verifyLowS(publicKey, hash, honest).isValid());
        assertTrue(Ecdsa.isValid(publicKey, hash, honest));
        assertTrue(honest.hasLowS());
        assertEquals(honest, Ecdsa.sign(key, hash), "RFC 6979: the same key and hash give the same signature");
    }

    @Test
    void aFlippedBitInRIsRejected() {
        Verdict v = verify(EcdsaSignature.of(honest.r().flipBit(0), honest.s()));
        assertTrue(v.isRejectedFor(EcdsaRule.EQUATION_FAILS), v.toString());
    }

    @Test
    void aFlippedBitInSIsRejected() {
        Verdict v = verify(EcdsaSignature.of(honest.r(), honest.s().flipBit(0)));
        assertTrue(v.isRejectedFor(EcdsaRule.EQUATION_FAILS), v.toString());
    }

    @Test
    void aFlippedBitInTheMessageHashIsRejected() {
        byte[] tampered = hash.bytes();
        tampered[31] ^= 1;
        Verdict v = Ecdsa.verify(publicKey, Hash.of(tampered), honest);
        assertTrue(v.isRejectedFor(EcdsaRule.EQUATION_FAILS), v.toString());
    }

    @Test
    void anotherKeyIsRejected() {
        PublicKey other = PrivateKey.random(new Random(1977)).publicKey();
        Verdict v = Ecdsa.verify(other, hash, honest);
        assertTrue(v.isRejectedFor(EcdsaRule.EQUATION_FAILS), v.toString());
    }

    @Test
    void highSVerifiesButBreaksTheLowSRule() {
        EcdsaSignature high = EcdsaSignature.of(honest.r(), N.subtract(honest.s()));
        assertFalse(high.hasLowS());
        assertTrue(verify(high).isValid(), "ECDSA itself cannot tell (r, s) from (r, n - s): malleability");
        Verdict strict = Ecdsa.verifyLowS(publicKey, hash, high);
        assertTrue(strict.isRejectedFor(EcdsaRule.HIGH_S), strict.toString());
        assertEquals(honest, high.withLowS());
    }

    @Test
    void rAndSOutsideOneToNMinusOneAreRejected() {
        assertTrue(verify(EcdsaSignature.of(BigInteger.ZERO, honest.s())).isRejectedFor(EcdsaRule.R_OUT_OF_RANGE));
        assertTrue(verify(EcdsaSignature.of(N, honest.s())).isRejectedFor(EcdsaRule.R_OUT_OF_RANGE));
        assertTrue(verify(EcdsaSignature.of(honest.r(), BigInteger.ZERO)).isRejectedFor(EcdsaRule.S_OUT_OF_RANGE));
        Verdict v = verify(EcdsaSignature.of(honest.r(), N));
        assertTrue(v.isRejectedFor(EcdsaRule.S_OUT_OF_RANGE));
        assertEquals("s = " + N.toString(16) + ", n = " + N.toString(16), v.detail().orElseThrow());
    }

    @Test
    void signAndVerifyFiftySeededKeys() {
        Random rng = new Random(50);
        for (int i = 0; i < 50; i++) {
            PrivateKey sk = PrivateKey.random(rng);
            Hash h = Sha256.hash(("message " + i).getBytes(StandardCharsets.UTF_8));
            EcdsaSignature sig = Ecdsa.sign(sk, h);
            assertTrue(sig.hasLowS(), "key " + i);
            assertTrue(Ecdsa.verifyLowS(sk.publicKey(), h, sig).isValid(), "key " + i);
            assertFalse(Ecdsa.isValid(sk.publicKey(), Sha256.hash(h.bytes()), sig), "key " + i);
            ECDSASigner bouncyCastle = new ECDSASigner();
            bouncyCastle.init(false, new ECPublicKeyParameters(sk.publicKey().point(), Secp256k1.DOMAIN));
            assertTrue(bouncyCastle.verifySignature(h.bytes(), sig.r(), sig.s()), "key " + i);
        }
    }
}
