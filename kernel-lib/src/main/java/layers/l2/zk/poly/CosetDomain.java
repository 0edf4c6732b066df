package layers.l2.zk.poly;

import layers.l2.zk.field.Goldilocks;

/**
 * The points {@code offset·ω^i} for i = 0..size−1, with ω a primitive {@code size}-th root of unity: a subgroup of the
 * multiplicative group when the offset is 1 (the trace domain), a coset of it otherwise (the low-degree extension
 * domain, shifted by the generator 7 so that it never meets the trace domain and a division by a zerofier is always
 * defined). Immutable.
 */
public record CosetDomain(long offset, int size) {

    /**
     * @throws IllegalArgumentException if size is not a power of two or the offset is 0
     */
    public CosetDomain {
        Ntt.log2(size);
        if (offset == 0 || !Goldilocks.isCanonical(offset)) {
            throw new IllegalArgumentException("a coset offset must be a nonzero field element, not "
                    + Long.toUnsignedString(offset));
        }
    }

    /** The subgroup of order {@code size}: 1, ω, ω², …. */
    public static CosetDomain subgroup(int size) {
        return new CosetDomain(1, size);
    }

    /** The generator ω of the underlying subgroup. */
    public long generator() {
        return Goldilocks.rootOfUnity(Ntt.log2(size));
    }

    /** The point {@code offset·ω^i}. */
    public long element(int i) {
        return Goldilocks.mul(offset, Goldilocks.pow(generator(), Integer.toUnsignedLong(i) % size));
    }

    /** All points, in order. */
    public long[] elements() {
        long[] x = new long[size];
        long w = generator();
        x[0] = offset;
        for (int i = 1; i < size; i++) {
            x[i] = Goldilocks.mul(x[i - 1], w);
        }
        return x;
    }

    /** The domain of the squares: offset², ω², half the size. FRI's next layer lives there. */
    public CosetDomain squared() {
        if (size < 2) {
            throw new IllegalStateException("a domain of one point cannot be halved");
        }
        return new CosetDomain(Goldilocks.square(offset), size / 2);
    }

    /** The values of the polynomial with these {@code coefficients} (at most {@code size} of them) on this domain. */
    public long[] evaluate(long[] coefficients) {
        if (coefficients.length > size) {
            throw new IllegalArgumentException("a polynomial of " + coefficients.length
                    + " coefficients needs a domain of at least that size to be evaluated by one NTT, not " + size);
        }
        long[] a = new long[size];
        long s = 1;
        for (int i = 0; i < coefficients.length; i++) {
            a[i] = Goldilocks.mul(coefficients[i], s); // p(offset·x) has coefficients c_i·offset^i
            s = Goldilocks.mul(s, offset);
        }
        Ntt.forward(a);
        return a;
    }

    /** The coefficients of the polynomial of degree below {@code size} taking these {@code values} on this domain. */
    public long[] interpolate(long[] values) {
        if (values.length != size) {
            throw new IllegalArgumentException("interpolation on a domain of " + size + " points needs " + size
                    + " values, not " + values.length);
        }
        long[] a = Ntt.interpolate(values);
        long offsetInv = Goldilocks.inv(offset);
        long s = 1;
        for (int i = 0; i < size; i++) {
            a[i] = Goldilocks.mul(a[i], s);
            s = Goldilocks.mul(s, offsetInv);
        }
        return a;
    }

    /**
     * The low-degree extension: the values on the trace domain (a subgroup of {@code values.length} points)
     * interpolated and evaluated on this larger coset.
     */
    public long[] extend(long[] traceValues) {
        if (traceValues.length > size) {
            throw new IllegalArgumentException("cannot extend " + traceValues.length + " values to a smaller domain of "
                    + size);
        }
        return evaluate(Ntt.interpolate(traceValues));
    }
}
