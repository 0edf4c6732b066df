package layers.l1.signatures;

import java.math.BigInteger;
import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;
import layers.l1.keys.Secp256k1;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * ECDSA on secp256k1, as Bitcoin (before Taproot) and Ethereum sign: deterministic nonces (RFC 6979) and low-S
 * signatures (BIP-62, BIP-146). Signing takes the 32-byte hash of the message; what is hashed, and how, is the
 * caller's protocol (Bitcoin's sighash, Ethereum's Keccak-256 of the transaction).
 *
 * <p>For learning, not for guarding money: BigInteger arithmetic does not run in constant time.
 */
public final class Ecdsa {

    private static final ECMultiplier BASE_POINT_MULTIPLIER = new FixedPointCombMultiplier();

    private Ecdsa() {
    }

    /** Signs {@code messageHash} with an RFC 6979 nonce, then makes s low (s ≤ n/2, BIP-146's LOW_S). */
    public static EcdsaSignature sign(PrivateKey key, Hash messageHash) {
        return signWith(Secp256k1.DOMAIN, key.secret(), messageHash.bytes()).withLowS();
    }

    /**
     * SEC 1 v2 §4.1.3 with the nonce from RFC 6979 §3.2, on any curve and without low-S: r = x(k⋅G) mod n,
     * s = k⁻¹(e + r⋅d) mod n. Package-private so that RFC 6979's own P-256 vectors can test it.
     */
    static EcdsaSignature signWith(ECDomainParameters domain, BigInteger d, byte[] messageHash) {
        BigInteger n = domain.getN();
        BigInteger e = bits2int(messageHash, n);
        Rfc6979 nonces = Rfc6979.nonces(n, d, messageHash);
        while (true) {
            BigInteger k = nonces.nextK();
            ECPoint kG = BASE_POINT_MULTIPLIER.multiply(domain.getG(), k).normalize();
            BigInteger r = kG.getAffineXCoord().toBigInteger().mod(n);
            BigInteger s = k.modInverse(n).multiply(e.add(r.multiply(d))).mod(n);
            if (r.signum() != 0 && s.signum() != 0) {
                return EcdsaSignature.of(r, s);
            }
        }
    }

    /** RFC 6979 §2.3.2 bits2int (SEC 1 §4.1.3 step 5): the hash as a number, cut to the bit length of n. */
    private static BigInteger bits2int(byte[] hash, BigInteger n) {
        BigInteger e = new BigInteger(1, hash);
        int excess = hash.length * 8 - n.bitLength();
        return excess > 0 ? e.shiftRight(excess) : e;
    }

    /**
     * SEC 1 v2 §4.1.4: accepts any s in 1..n−1, high or low, as Bitcoin's consensus rules did before BIP-146 and as
     * Ethereum's ecrecover still does for contracts.
     */
    public static Verdict verify(PublicKey key, Hash messageHash, EcdsaSignature signature) {
        return verify(key, messageHash, signature, false);
    }

    /** {@link #verify} plus BIP-146's LOW_S rule (Bitcoin's standardness policy): s must be at most n/2. */
    public static Verdict verifyLowS(PublicKey key, Hash messageHash, EcdsaSignature signature) {
        return verify(key, messageHash, signature, true);
    }

    /** Whether {@link #verify} accepts. */
    public static boolean isValid(PublicKey key, Hash messageHash, EcdsaSignature signature) {
        return verify(key, messageHash, signature).isValid();
    }

    private static Verdict verify(PublicKey key, Hash messageHash, EcdsaSignature signature, boolean lowS) {
        BigInteger n = Secp256k1.N;
        BigInteger r = signature.r();
        BigInteger s = signature.s();
        if (!inRange(r)) {
            return Verdict.rejected(EcdsaRule.R_OUT_OF_RANGE, "r = " + r.toString(16) + ", n = " + n.toString(16));
        }
        if (!inRange(s)) {
            return Verdict.rejected(EcdsaRule.S_OUT_OF_RANGE, "s = " + s.toString(16) + ", n = " + n.toString(16));
        }
        if (lowS && !signature.hasLowS()) {
            return Verdict.rejected(EcdsaRule.HIGH_S, "s = " + s.toString(16) + " > n/2; the low form is n - s = "
                    + n.subtract(s).toString(16));
        }
        BigInteger e = new BigInteger(1, messageHash.bytes());
        BigInteger w = s.modInverse(n);
        BigInteger u1 = e.multiply(w).mod(n);
        BigInteger u2 = r.multiply(w).mod(n);
        ECPoint point = ECAlgorithms.sumOfTwoMultiplies(Secp256k1.G, u1, key.point(), u2).normalize();
        if (point.isInfinity()) {
            return Verdict.rejected(EcdsaRule.R_IS_INFINITE, "key " + key + ", hash " + messageHash);
        }
        BigInteger v = point.getAffineXCoord().toBigInteger().mod(n);
        if (!v.equals(r)) {
            return Verdict.rejected(EcdsaRule.EQUATION_FAILS, "x(u1*G + u2*Q) mod n = " + v.toString(16)
                    + " but r = " + r.toString(16) + " (key " + key + ", hash " + messageHash + ")");
        }
        return Verdict.valid();
    }

    private static boolean inRange(BigInteger value) {
        return value.signum() > 0 && value.compareTo(Secp256k1.N) < 0;
    }
}
