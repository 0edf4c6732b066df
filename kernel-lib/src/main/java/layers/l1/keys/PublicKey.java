package layers.l1.keys;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import layers.l1.crypto.Hash160;
import layers.l1.crypto.Hashes;
import layers.l1.crypto.Hex;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A public key: a point on secp256k1 other than infinity. Anyone holding it can check a signature without learning
 * the private key. Read and written in SEC 1 v2 §2.3.3 encodings: compressed (33 bytes, {@code 02}/{@code 03} and x)
 * and uncompressed (65 bytes, {@code 04}, x and y). Immutable; parsing rejects anything that is not a curve point.
 */
public final class PublicKey {

    public static final int COMPRESSED_LENGTH = 33;
    public static final int UNCOMPRESSED_LENGTH = 65;

    private final ECPoint point;

    private PublicKey(ECPoint point) {
        this.point = point;
    }

    /** The key at {@code point}, which must be on secp256k1 and not infinity. */
    public static PublicKey fromPoint(ECPoint point) {
        if (point.isInfinity()) {
            throw new IllegalArgumentException("the point at infinity is not a public key");
        }
        ECPoint normal = point.normalize();
        BigInteger x = normal.getAffineXCoord().toBigInteger();
        BigInteger y = normal.getAffineYCoord().toBigInteger();
        if (!Secp256k1.isOnCurve(x, y)) {
            throw new IllegalArgumentException("(" + x.toString(16) + ", " + y.toString(16)
                    + ") is not a point on secp256k1: y² ≠ x³ + 7 (mod p)");
        }
        return new PublicKey(Secp256k1.CURVE.createPoint(x, y));
    }

    /** From hex of a SEC 1 encoding; see {@link #fromSec1(byte[])}. */
    public static PublicKey fromHex(String hex) {
        return fromSec1(Hex.decode(hex));
    }

    /**
     * Parses a SEC 1 v2 §2.3.4 encoding: 33 bytes starting {@code 02} (even y) or {@code 03} (odd y), or 65 bytes
     * starting {@code 04}.
     *
     * @throws IllegalArgumentException naming the encoding and what was expected, for a wrong length, a wrong first
     *                                  byte, a coordinate not below p, or a point not on the curve
     */
    public static PublicKey fromSec1(byte[] encoded) {
        String shown = Hex.encode(encoded);
        if (encoded.length == COMPRESSED_LENGTH) {
            return fromCompressed(encoded, shown);
        }
        if (encoded.length == UNCOMPRESSED_LENGTH) {
            return fromUncompressed(encoded, shown);
        }
        throw new IllegalArgumentException("a SEC1 public key has 33 bytes (compressed) or 65 bytes (uncompressed),"
                + " but " + shown + " has " + encoded.length);
    }

    private static PublicKey fromCompressed(byte[] encoded, String shown) {
        int prefix = encoded[0] & 0xff;
        if (prefix != 0x02 && prefix != 0x03) {
            throw new IllegalArgumentException("a 33-byte SEC1 public key starts with 02 (even y) or 03 (odd y), but "
                    + shown + " starts with " + String.format("%02x", prefix));
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(encoded, 1, 33));
        checkBelowP("x", x, shown);
        Optional<ECPoint> even = Secp256k1.liftX(x);
        if (even.isEmpty()) {
            throw new IllegalArgumentException("public key " + shown + " is not on secp256k1: its x = "
                    + x.toString(16) + " is not the x coordinate of any curve point (x³ + 7 has no square root mod p)");
        }
        return new PublicKey(prefix == 0x02 ? even.get() : even.get().negate().normalize());
    }

    private static PublicKey fromUncompressed(byte[] encoded, String shown) {
        int prefix = encoded[0] & 0xff;
        if (prefix != 0x04) {
            throw new IllegalArgumentException("a 65-byte SEC1 public key starts with 04, but " + shown
                    + " starts with " + String.format("%02x", prefix));
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(encoded, 1, 33));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(encoded, 33, 65));
        checkBelowP("x", x, shown);
        checkBelowP("y", y, shown);
        if (!Secp256k1.isOnCurve(x, y)) {
            throw new IllegalArgumentException("public key " + shown
                    + " is not on secp256k1: its (x, y) does not satisfy y² = x³ + 7 (mod p)");
        }
        return new PublicKey(Secp256k1.CURVE.createPoint(x, y));
    }

    private static void checkBelowP(String name, BigInteger value, String shown) {
        if (value.compareTo(Secp256k1.P) >= 0) {
            throw new IllegalArgumentException("public key " + shown + " has " + name + " = " + value.toString(16)
                    + ", which is not below the field size p = " + Secp256k1.P.toString(16));
        }
    }

    /** SEC 1 compressed encoding: {@code 02} or {@code 03} (the parity of y), then x in 32 bytes. */
    public byte[] compressed() {
        byte[] out = new byte[COMPRESSED_LENGTH];
        out[0] = (byte) (hasEvenY() ? 0x02 : 0x03);
        System.arraycopy(Secp256k1.bytes(x()), 0, out, 1, 32);
        return out;
    }

    /** SEC 1 uncompressed encoding: {@code 04}, x and y in 32 bytes each. */
    public byte[] uncompressed() {
        byte[] out = new byte[UNCOMPRESSED_LENGTH];
        out[0] = 0x04;
        System.arraycopy(Secp256k1.bytes(x()), 0, out, 1, 32);
        System.arraycopy(Secp256k1.bytes(y()), 0, out, 33, 32);
        return out;
    }

    /** The BIP-340 x-only key: this point's x, standing for whichever of ±P has an even y. */
    public XOnlyPublicKey xOnly() {
        return XOnlyPublicKey.of(Secp256k1.bytes(x()));
    }

    /** HASH160 of the compressed encoding: what P2PKH and P2WPKH outputs pay to. */
    public Hash160 hash160() {
        return Hashes.hash160(compressed());
    }

    /** The Ethereum account this key controls (Yellow Paper, Appendix F: the last 20 bytes of Keccak-256). */
    public EthereumAddress ethereumAddress() {
        return EthereumAddress.fromPublicKey(this);
    }

    public BigInteger x() {
        return point.getAffineXCoord().toBigInteger();
    }

    public BigInteger y() {
        return point.getAffineYCoord().toBigInteger();
    }

    public boolean hasEvenY() {
        return !point.getAffineYCoord().testBitZero();
    }

    /** The point itself, for arithmetic with BouncyCastle. */
    public ECPoint point() {
        return point;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicKey k && point.equals(k.point);
    }

    @Override
    public int hashCode() {
        return x().hashCode() * 31 + (hasEvenY() ? 0 : 1);
    }

    /** Hex of the compressed encoding. */
    @Override
    public String toString() {
        return Hex.encode(compressed());
    }
}
