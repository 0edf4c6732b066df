package layers.l1.keys;

import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECMultiplier;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * The curve Bitcoin and Ethereum sign with, {@code y² = x³ + 7} over the integers modulo {@code p}, with the constants
 * of SEC 2 v2 §2.4.1, and the small helpers BIP-340 names ({@code lift_x}, {@code has_even_y}, {@code bytes},
 * {@code int}). Point arithmetic is BouncyCastle's {@link ECPoint} (its secp256k1 uses the GLV endomorphism).
 *
 * <p>For learning, not for guarding money: BigInteger arithmetic does not run in constant time.
 */
public final class Secp256k1 {

    private static final X9ECParameters PARAMETERS = CustomNamedCurves.getByName("secp256k1");
    private static final ECMultiplier BASE_POINT_MULTIPLIER = new FixedPointCombMultiplier();

    /** The curve {@code y² = x³ + 7} over the field of size {@link #P}. */
    public static final ECCurve CURVE = PARAMETERS.getCurve();
    /** The field size p = 2²⁵⁶ − 2³² − 977. */
    public static final BigInteger P = CURVE.getField().getCharacteristic();
    /** The order n of the generator: private keys are 1..n−1. */
    public static final BigInteger N = PARAMETERS.getN();
    /** ⌊n/2⌋: the largest s a low-S ECDSA signature may have (BIP-62, BIP-146). */
    public static final BigInteger HALF_N = N.shiftRight(1);
    /** The generator G. */
    public static final ECPoint G = PARAMETERS.getG().normalize();
    /** Curve, generator, order and cofactor together, as BouncyCastle's signers take them. */
    public static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE, G, N, PARAMETERS.getH());

    private static final BigInteger TWO_TO_256 = BigInteger.ONE.shiftLeft(256);

    private Secp256k1() {
    }

    /** {@code k⋅G}, normalised to affine coordinates. */
    public static ECPoint multiplyG(BigInteger k) {
        return BASE_POINT_MULTIPLIER.multiply(G, k).normalize();
    }

    /**
     * BIP-340's {@code lift_x(x)}: the point with X coordinate {@code x} and an even Y coordinate, or empty when
     * {@code x ≥ p} or {@code x³ + 7} has no square root modulo p (BIP-340, Specification).
     */
    public static Optional<ECPoint> liftX(BigInteger x) {
        if (x.signum() < 0 || x.compareTo(P) >= 0) {
            return Optional.empty();
        }
        ECFieldElement fx = CURVE.fromBigInteger(x);
        ECFieldElement c = fx.square().multiply(fx).add(CURVE.getB());
        // sqrt() computes y = c^((p+1)/4) mod p and returns null when y² ≠ c, the two steps BIP-340 lists.
        ECFieldElement y = c.sqrt();
        if (y == null) {
            return Optional.empty();
        }
        ECFieldElement evenY = y.testBitZero() ? y.negate() : y;
        return Optional.of(CURVE.createPoint(x, evenY.toBigInteger()));
    }

    /** BIP-340's {@code has_even_y(P)}: whether P's Y coordinate is even; P must not be infinity. */
    public static boolean hasEvenY(ECPoint point) {
        return !point.normalize().getAffineYCoord().testBitZero();
    }

    /** Whether {@code (x, y)} satisfies {@code y² = x³ + 7 (mod p)} with both coordinates in 0..p−1. */
    public static boolean isOnCurve(BigInteger x, BigInteger y) {
        if (x.signum() < 0 || x.compareTo(P) >= 0 || y.signum() < 0 || y.compareTo(P) >= 0) {
            return false;
        }
        return y.multiply(y).subtract(x.pow(3)).subtract(BigInteger.valueOf(7)).mod(P).signum() == 0;
    }

    /** BIP-340's {@code bytes(x)}: the 32-byte big-endian encoding of {@code 0 ≤ x < 2²⁵⁶}. */
    public static byte[] bytes(BigInteger x) {
        if (x.signum() < 0 || x.compareTo(TWO_TO_256) >= 0) {
            throw new IllegalArgumentException("bytes(x) needs 0 ≤ x < 2^256, not x = " + x.toString(16));
        }
        byte[] minimal = x.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(minimal.length, 32);
        System.arraycopy(minimal, minimal.length - length, out, 32 - length, length);
        return out;
    }

    /** BIP-340's {@code bytes(P)}: the 32-byte X coordinate of a point that is not infinity. */
    public static byte[] bytes(ECPoint point) {
        return bytes(point.normalize().getAffineXCoord().toBigInteger());
    }

    /** BIP-340's {@code int(x)}: the unsigned big-endian number written by a 32-byte array. */
    public static BigInteger toInt(byte[] bytes32) {
        if (bytes32.length != 32) {
            throw new IllegalArgumentException("int(x) reads a 32-byte array, not " + bytes32.length + " bytes");
        }
        return new BigInteger(1, bytes32);
    }
}
