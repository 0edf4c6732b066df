package layers.l1.signatures;

import java.math.BigInteger;
import java.util.Arrays;
import layers.l1.crypto.Hex;

/**
 * A BIP-340 signature: 64 bytes, {@code bytes(R) || bytes(s)}, where R is the nonce point (given by its X
 * coordinate r) and s a number mod n. Any 64 bytes can be held; whether r and s are in range is the verifier's
 * question ({@link Schnorr#verify}). Immutable.
 */
public final class SchnorrSignature {

    public static final int LENGTH = 64;

    private final byte[] bytes;

    private SchnorrSignature(byte[] bytes) {
        this.bytes = bytes;
    }

    public static SchnorrSignature of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a BIP-340 signature has 64 bytes, but " + Hex.encode(bytes) + " has "
                    + bytes.length);
        }
        return new SchnorrSignature(bytes.clone());
    }

    /** From 128 hex digits. */
    public static SchnorrSignature fromHex(String hex) {
        return of(Hex.decode(hex));
    }

    /** {@code sig[0:32]}: the X coordinate of R. */
    public byte[] rBytes() {
        return Arrays.copyOfRange(bytes, 0, 32);
    }

    /** {@code int(sig[0:32])}. */
    public BigInteger r() {
        return new BigInteger(1, rBytes());
    }

    /** {@code int(sig[32:64])}. */
    public BigInteger s() {
        return new BigInteger(1, Arrays.copyOfRange(bytes, 32, 64));
    }

    /** A copy of the 64 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public String toHex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SchnorrSignature sig && Arrays.equals(bytes, sig.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
