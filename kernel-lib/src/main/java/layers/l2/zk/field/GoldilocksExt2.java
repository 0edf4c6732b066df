package layers.l2.zk.field;

import java.util.Objects;

/**
 * An element {@code c0 + c1·φ} of the quadratic extension {@code F_p[φ]/(φ² − 7)} of the Goldilocks field, with
 * p² ≈ 2^128 elements (Plonky2 uses the same extension, W = 7; 7 generates F_p^*, so it has no square root and
 * φ² − 7 is irreducible). The STARK draws its random challenges here: a cheating prover's chance of a lucky
 * challenge is about (domain size)/|field|: for a domain of 2^19 points, 2^−45 in F_p alone but 2^−109 here (see
 * {@code StarkParameters}).
 * Immutable.
 */
public record GoldilocksExt2(long c0, long c1) {

    /** The non-residue W with φ² = W. */
    public static final long W = 7;
    public static final GoldilocksExt2 ZERO = new GoldilocksExt2(0, 0);
    public static final GoldilocksExt2 ONE = new GoldilocksExt2(1, 0);
    /** Bytes in the serialised form: two little-endian longs. */
    public static final int BYTES = 16;

    /**
     * @throws IllegalArgumentException if a coordinate is not a canonical field element
     */
    public GoldilocksExt2 {
        if (!Goldilocks.isCanonical(c0) || !Goldilocks.isCanonical(c1)) {
            throw new IllegalArgumentException("an extension element's coordinates must be below p, not "
                    + Long.toUnsignedString(c0) + ", " + Long.toUnsignedString(c1));
        }
    }

    /** The base-field element {@code a} seen in the extension. */
    public static GoldilocksExt2 ofBase(long a) {
        return new GoldilocksExt2(a, 0);
    }

    public GoldilocksExt2 add(GoldilocksExt2 o) {
        return new GoldilocksExt2(Goldilocks.add(c0, o.c0), Goldilocks.add(c1, o.c1));
    }

    public GoldilocksExt2 sub(GoldilocksExt2 o) {
        return new GoldilocksExt2(Goldilocks.sub(c0, o.c0), Goldilocks.sub(c1, o.c1));
    }

    public GoldilocksExt2 neg() {
        return new GoldilocksExt2(Goldilocks.neg(c0), Goldilocks.neg(c1));
    }

    /** {@code (a0 + a1φ)(b0 + b1φ) = (a0b0 + 7·a1b1) + (a0b1 + a1b0)φ}. */
    public GoldilocksExt2 mul(GoldilocksExt2 o) {
        long r0 = Goldilocks.add(Goldilocks.mul(c0, o.c0), Goldilocks.mul(W, Goldilocks.mul(c1, o.c1)));
        long r1 = Goldilocks.add(Goldilocks.mul(c0, o.c1), Goldilocks.mul(c1, o.c0));
        return new GoldilocksExt2(r0, r1);
    }

    /** Multiplication by a base-field element. */
    public GoldilocksExt2 mul(long b) {
        return new GoldilocksExt2(Goldilocks.mul(c0, b), Goldilocks.mul(c1, b));
    }

    /**
     * {@code 1/(a0 + a1φ) = (a0 − a1φ)/(a0² − 7a1²)}; the norm is nonzero for a nonzero element.
     *
     * @throws ArithmeticException for 0
     */
    public GoldilocksExt2 inv() {
        long norm = Goldilocks.sub(Goldilocks.square(c0), Goldilocks.mul(W, Goldilocks.square(c1)));
        if (norm == 0) {
            throw new ArithmeticException("0 has no inverse in the extension field");
        }
        long ni = Goldilocks.inv(norm);
        return new GoldilocksExt2(Goldilocks.mul(c0, ni), Goldilocks.neg(Goldilocks.mul(c1, ni)));
    }

    public GoldilocksExt2 pow(long e) {
        GoldilocksExt2 result = ONE;
        GoldilocksExt2 base = this;
        while (e != 0) {
            if ((e & 1) != 0) {
                result = result.mul(base);
            }
            base = base.mul(base);
            e >>>= 1;
        }
        return result;
    }

    public boolean isZero() {
        return c0 == 0 && c1 == 0;
    }

    /** 16 bytes: c0 then c1, each little-endian. */
    public void writeBytes(byte[] out, int offset) {
        Goldilocks.writeBytes(c0, out, offset);
        Goldilocks.writeBytes(c1, out, offset + 8);
    }

    public byte[] toBytes() {
        byte[] out = new byte[BYTES];
        writeBytes(out, 0);
        return out;
    }

    /**
     * Reads 16 bytes written by {@link #writeBytes}.
     *
     * @throws IllegalArgumentException if a coordinate is not canonical (a non-canonical encoding would let two byte
     *                                  strings mean one element)
     */
    public static GoldilocksExt2 readBytes(byte[] in, int offset) {
        return new GoldilocksExt2(Goldilocks.readBytes(in, offset), Goldilocks.readBytes(in, offset + 8));
    }

    @Override
    public String toString() {
        return c1 == 0 ? Goldilocks.toString(c0) : Goldilocks.toString(c0) + " + " + Goldilocks.toString(c1) + "·φ";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GoldilocksExt2 e && e.c0 == c0 && e.c1 == c1;
    }

    @Override
    public int hashCode() {
        return Objects.hash(c0, c1);
    }
}
