package layers.l1.keys;

import java.math.BigInteger;
import java.util.Arrays;
import layers.l1.crypto.Hex;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A BIP-340 public key: only the 32-byte X coordinate, standing for the curve point with that x and an even y
 * (BIP-340, Design: "Implicit Y coordinates"). Taproot outputs carry keys in this form. Immutable; made only from
 * an x that {@code lift_x} accepts.
 */
public final class XOnlyPublicKey {

    public static final int LENGTH = 32;

    private final byte[] x;
    private final PublicKey lifted;

    private XOnlyPublicKey(byte[] x, PublicKey lifted) {
        this.x = x;
        this.lifted = lifted;
    }

    /**
     * The key with these 32 bytes of X coordinate.
     *
     * @throws IllegalArgumentException naming the bytes, when they are not 32 or {@code lift_x} fails on them
     */
    public static XOnlyPublicKey of(byte[] x) {
        if (x.length != LENGTH) {
            throw new IllegalArgumentException("an x-only public key has 32 bytes, but " + Hex.encode(x) + " has "
                    + x.length);
        }
        BigInteger value = new BigInteger(1, x);
        ECPoint point = Secp256k1.liftX(value).orElseThrow(() -> new IllegalArgumentException(
                "x-only public key " + Hex.encode(x) + " is not on secp256k1: lift_x fails ("
                        + (value.compareTo(Secp256k1.P) >= 0 ? "x is not below the field size p"
                        : "x³ + 7 has no square root mod p") + ")"));
        return new XOnlyPublicKey(x.clone(), PublicKey.fromPoint(point));
    }

    /** From 64 hex digits. */
    public static XOnlyPublicKey fromHex(String hex) {
        return of(Hex.decode(hex));
    }

    /** BIP-340's {@code lift_x}: the full point this key stands for, the one with an even y. */
    public PublicKey liftX() {
        return lifted;
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return x.clone();
    }

    public String toHex() {
        return Hex.encode(x);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XOnlyPublicKey k && Arrays.equals(x, k.x);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(x);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
