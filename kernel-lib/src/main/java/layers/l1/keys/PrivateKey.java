package layers.l1.keys;

import java.math.BigInteger;
import java.util.random.RandomGenerator;
import layers.l1.crypto.Hex;

/**
 * A private key: a secret number d from 1 to n−1, where n is the order of secp256k1's generator (SEC 1 v2 §3.2.1).
 * Its public key is d⋅G. Immutable; {@link #toString()} never shows the secret.
 */
public final class PrivateKey {

    private final BigInteger d;
    private volatile PublicKey publicKey;

    private PrivateKey(BigInteger d) {
        this.d = d;
    }

    /**
     * The key with secret {@code d}.
     *
     * @throws IllegalArgumentException when d is not in 1..n−1 (the message shows d: a number out of range is no key)
     */
    public static PrivateKey fromBigInteger(BigInteger d) {
        if (d.signum() <= 0 || d.compareTo(Secp256k1.N) >= 0) {
            throw new IllegalArgumentException("a private key is a number from 1 to n-1 (n = "
                    + Secp256k1.N.toString(16) + "), not " + d.toString(16));
        }
        return new PrivateKey(d);
    }

    /**
     * From 32 bytes, big-endian, as wallets and BIP-340 store a secret key.
     *
     * @throws IllegalArgumentException for another length (the message gives the length, not the bytes) or a number
     *                                  out of range
     */
    public static PrivateKey fromBytes(byte[] secret) {
        if (secret.length != 32) {
            throw new IllegalArgumentException("a private key has 32 bytes, not " + secret.length);
        }
        return fromBigInteger(new BigInteger(1, secret));
    }

    /**
     * From 64 hex digits (an optional {@code 0x} prefix is allowed). Errors name the length or the bad character,
     * never the text, which may be a real secret with a typo.
     */
    public static PrivateKey fromHex(String hex) {
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (digits.length() != 64) {
            throw new IllegalArgumentException("a private key is 64 hex digits (32 bytes), but the text given has "
                    + digits.length());
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), 16) < 0) {
                throw new IllegalArgumentException("a private key is 64 hex digits, but character " + i + " is '"
                        + digits.charAt(i) + "'");
            }
        }
        return fromBytes(Hex.decode(digits));
    }

    /**
     * A key drawn from {@code rng}: the same seed gives the same key, on every JDK ({@code java.util.Random}'s
     * algorithm is fixed by its specification). For simulations only: such keys are predictable, never use them for
     * value.
     */
    public static PrivateKey random(RandomGenerator rng) {
        byte[] candidate = new byte[32];
        while (true) {
            rng.nextBytes(candidate);
            BigInteger d = new BigInteger(1, candidate);
            if (d.signum() > 0 && d.compareTo(Secp256k1.N) < 0) {
                return new PrivateKey(d);
            }
        }
    }

    /** d⋅G, computed once. */
    public PublicKey publicKey() {
        PublicKey key = publicKey;
        if (key == null) {
            key = PublicKey.fromPoint(Secp256k1.multiplyG(d));
            publicKey = key;
        }
        return key;
    }

    /** The secret number d. Handle with care: whoever knows it can sign. */
    public BigInteger secret() {
        return d;
    }

    /** The secret as 32 big-endian bytes, as BIP-340 writes {@code sk}. */
    public byte[] secretBytes() {
        return Secp256k1.bytes(d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrivateKey k && d.equals(k.d);
    }

    @Override
    public int hashCode() {
        return publicKey().hashCode();
    }

    /** Shows the public key only: {@code PrivateKey[secret hidden, public key 02…]}. */
    @Override
    public String toString() {
        return "PrivateKey[secret hidden, public key " + publicKey() + "]";
    }
}
