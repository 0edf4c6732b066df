package layers.l1.signatures;

import java.math.BigInteger;
import java.util.Optional;
import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Hex;
import layers.l1.crypto.TaggedHash;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.Secp256k1;
import layers.l1.keys.XOnlyPublicKey;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Schnorr signatures as BIP-340 specifies them for Taproot: x-only public keys, 64-byte signatures, tagged hashes.
 * Each method follows one algorithm of the BIP's Specification section, step by step and in the BIP's names;
 * points are BouncyCastle's.
 *
 * <p>For learning, not for guarding money: BigInteger arithmetic does not run in constant time.
 */
public final class Schnorr {

    public static final String AUX_TAG = "BIP0340/aux";
    public static final String NONCE_TAG = "BIP0340/nonce";
    public static final String CHALLENGE_TAG = "BIP0340/challenge";

    private static final BigInteger N = Secp256k1.N;

    private Schnorr() {
    }

    /** BIP-340, Public Key Generation: {@code PubKey(sk) = bytes(d'⋅G)}. */
    public static XOnlyPublicKey pubKey(PrivateKey secretKey) {
        return secretKey.publicKey().xOnly();
    }

    /**
     * BIP-340, Default Signing: {@code Sign(sk, m)} with auxiliary random data {@code a} (32 bytes; fresh randomness
     * in a wallet, anything fixed in a reproducible notebook).
     */
    public static SchnorrSignature sign(PrivateKey secretKey, byte[] message, byte[] auxRand) {
        if (auxRand.length != 32) {
            throw new IllegalArgumentException("BIP-340 auxiliary random data has 32 bytes, but " + Hex.encode(auxRand)
                    + " has " + auxRand.length);
        }
        BigInteger dPrime = secretKey.secret();
        ECPoint p = secretKey.publicKey().point();
        BigInteger d = Secp256k1.hasEvenY(p) ? dPrime : N.subtract(dPrime);
        byte[] t = xor(Secp256k1.bytes(d), hashAux(auxRand).bytes());
        byte[] pBytes = Secp256k1.bytes(p);
        Hash rand = hashNonce(t, pBytes, message);
        BigInteger kPrime = new BigInteger(1, rand.bytes()).mod(N);
        if (kPrime.signum() == 0) {
            throw new IllegalStateException("BIP-340 signing failed: k' = 0 (probability about 2^-256)");
        }
        ECPoint r = Secp256k1.multiplyG(kPrime);
        BigInteger k = Secp256k1.hasEvenY(r) ? kPrime : N.subtract(kPrime);
        byte[] rBytes = Secp256k1.bytes(r);
        BigInteger e = new BigInteger(1, hashChallenge(rBytes, pBytes, message).bytes()).mod(N);
        byte[] sig = new byte[SchnorrSignature.LENGTH];
        System.arraycopy(rBytes, 0, sig, 0, 32);
        System.arraycopy(Secp256k1.bytes(k.add(e.multiply(d)).mod(N)), 0, sig, 32, 32);
        SchnorrSignature signature = SchnorrSignature.of(sig);
        Verdict check = verify(pBytes, message, signature);
        if (!check.isValid()) {
            throw new IllegalStateException("BIP-340 signing produced a signature that does not verify: " + check);
        }
        return signature;
    }

    /** BIP-340, Verification: {@code Verify(pk, m, sig)} for a key already known to be on the curve. */
    public static Verdict verify(XOnlyPublicKey publicKey, byte[] message, SchnorrSignature signature) {
        return verify(publicKey.liftX().point(), publicKey.bytes(), message, signature);
    }

    /**
     * BIP-340, Verification: {@code Verify(pk, m, sig)} for 32 bytes of public key as they come from a transaction,
     * which may fail {@code lift_x}.
     */
    public static Verdict verify(byte[] publicKey, byte[] message, SchnorrSignature signature) {
        if (publicKey.length != XOnlyPublicKey.LENGTH) {
            throw new IllegalArgumentException("a BIP-340 public key has 32 bytes, but " + Hex.encode(publicKey)
                    + " has " + publicKey.length);
        }
        BigInteger x = new BigInteger(1, publicKey);
        Optional<ECPoint> p = Secp256k1.liftX(x);
        if (p.isEmpty()) {
            return Verdict.rejected(SchnorrRule.PUBLIC_KEY_NOT_ON_CURVE, "pk = " + Hex.encode(publicKey)
                    + (x.compareTo(Secp256k1.P) >= 0 ? " is not below p" : ": x^3 + 7 has no square root mod p"));
        }
        return verify(p.get(), publicKey, message, signature);
    }

    /** Whether {@link #verify(XOnlyPublicKey, byte[], SchnorrSignature)} accepts. */
    public static boolean isValid(XOnlyPublicKey publicKey, byte[] message, SchnorrSignature signature) {
        return verify(publicKey, message, signature).isValid();
    }

    /** The steps of Verify after {@code P = lift_x(int(pk))}. */
    private static Verdict verify(ECPoint p, byte[] pk, byte[] message, SchnorrSignature signature) {
        BigInteger r = signature.r();
        if (r.compareTo(Secp256k1.P) >= 0) {
            return Verdict.rejected(SchnorrRule.R_NOT_BELOW_P, "r = " + r.toString(16));
        }
        BigInteger s = signature.s();
        if (s.compareTo(N) >= 0) {
            return Verdict.rejected(SchnorrRule.S_NOT_BELOW_N, "s = " + s.toString(16));
        }
        BigInteger e = new BigInteger(1, hashChallenge(signature.rBytes(), pk, message).bytes()).mod(N);
        ECPoint bigR = ECAlgorithms.sumOfTwoMultiplies(Secp256k1.G, s, p, N.subtract(e).mod(N)).normalize();
        if (bigR.isInfinity()) {
            return Verdict.rejected(SchnorrRule.R_IS_INFINITE, "pk = " + Hex.encode(pk) + ", sig = " + signature);
        }
        if (!Secp256k1.hasEvenY(bigR)) {
            return Verdict.rejected(SchnorrRule.R_HAS_ODD_Y, "y(R) = " + bigR.getAffineYCoord().toBigInteger()
                    .toString(16) + " (pk = " + Hex.encode(pk) + ")");
        }
        BigInteger xR = bigR.getAffineXCoord().toBigInteger();
        if (!xR.equals(r)) {
            return Verdict.rejected(SchnorrRule.R_X_MISMATCH, "x(R) = " + xR.toString(16) + " but r = "
                    + r.toString(16) + " (pk = " + Hex.encode(pk) + ")");
        }
        return Verdict.valid();
    }

    /** {@code hash_BIP0340/aux(a)}: masks the secret key in nonce derivation. */
    public static Hash hashAux(byte[] auxRand) {
        return TaggedHash.of(AUX_TAG, auxRand);
    }

    /** {@code hash_BIP0340/nonce(t || bytes(P) || m)}: the nonce, before reduction mod n. */
    public static Hash hashNonce(byte[] t, byte[] publicKey, byte[] message) {
        return TaggedHash.of(NONCE_TAG, t, publicKey, message);
    }

    /** {@code hash_BIP0340/challenge(bytes(R) || bytes(P) || m)}: the challenge e, before reduction mod n. */
    public static Hash hashChallenge(byte[] r, byte[] publicKey, byte[] message) {
        return TaggedHash.of(CHALLENGE_TAG, r, publicKey, message);
    }

    private static byte[] xor(byte[] a, byte[] b) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }
}
