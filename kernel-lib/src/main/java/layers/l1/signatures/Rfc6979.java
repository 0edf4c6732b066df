package layers.l1.signatures;

import java.math.BigInteger;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * Deterministic ECDSA nonces, RFC 6979 §3.2: k comes from an HMAC-SHA256 DRBG seeded with the private key and the
 * message hash, so the same key signing the same hash always uses the same k, and no random number generator can
 * leak the key. BouncyCastle's {@link HMacDSAKCalculator} implements the steps; asking again gives the next
 * candidate of step h.3, for when a k turns out unusable.
 */
public final class Rfc6979 {

    private final HMacDSAKCalculator calculator = new HMacDSAKCalculator(new SHA256Digest());

    private Rfc6979(BigInteger n, BigInteger d, byte[] messageHash) {
        calculator.init(n, d, messageHash);
    }

    /** The nonces for private key {@code d} signing {@code messageHash} in a group of order {@code n}. */
    public static Rfc6979 nonces(BigInteger n, BigInteger d, byte[] messageHash) {
        return new Rfc6979(n, d, messageHash.clone());
    }

    /** The next candidate k, in 1..n−1. */
    public BigInteger nextK() {
        return calculator.nextK();
    }
}
