package layers.l1.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 (FIPS 180-4) through the JDK, which uses the processor's SHA instructions where it has them, and
 * Bitcoin's double SHA-256 ({@code SHA256(SHA256(x))}), used for block and transaction ids and Merkle trees.
 */
public final class Sha256 {

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    });

    private Sha256() {
    }

    public static Hash hash(byte[] data) {
        return Hash.wrap(DIGEST.get().digest(data));
    }

    /** SHA-256 of the concatenation of {@code parts}, without copying them into one array. */
    public static Hash hash(byte[]... parts) {
        MessageDigest d = DIGEST.get();
        for (byte[] p : parts) {
            d.update(p);
        }
        return Hash.wrap(d.digest());
    }

    /** {@code SHA256(SHA256(data))}. */
    public static Hash doubleHash(byte[] data) {
        MessageDigest d = DIGEST.get();
        return Hash.wrap(d.digest(d.digest(data)));
    }

    /** {@code SHA256(SHA256(a || b))}: a node of Bitcoin's Merkle tree from its two children. */
    public static Hash doubleHash(byte[] a, byte[] b) {
        MessageDigest d = DIGEST.get();
        d.update(a);
        d.update(b);
        return Hash.wrap(d.digest(d.digest()));
    }
}
