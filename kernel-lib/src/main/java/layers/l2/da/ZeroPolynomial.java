package layers.l2.da;

import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.poly.Ntt;

import java.util.Arrays;

/**
 * The polynomial {@code Z(x) = (x − r0)(x − r1)…(x − r_{m−1})} that vanishes exactly at the given points, in
 * coefficient form, lowest degree first. Built as a product tree: the halves are multiplied with Part V's NTT, so m roots cost
 * O(m log² m) instead of the O(m²) of multiplying one factor at a time. Erasure decoding divides by it (the missing
 * chunks are its roots).
 */
public final class ZeroPolynomial {

    /** Below this many coefficients a schoolbook product is faster than three NTTs. */
    private static final int SCHOOLBOOK = 64;

    private ZeroPolynomial() {
    }

    /** The coefficients of {@code ∏ (x − root)}: {@code roots.length + 1} of them, the last one 1. */
    public static long[] of(long[] roots) {
        if (roots.length == 0) {
            return new long[] {1};
        }
        return product(roots, 0, roots.length);
    }

    private static long[] product(long[] roots, int from, int to) {
        if (to - from == 1) {
            return new long[] {Goldilocks.neg(roots[from]), 1};
        }
        int mid = (from + to) >>> 1;
        return multiply(product(roots, from, mid), product(roots, mid, to));
    }

    /** The product of two polynomials in coefficient form: schoolbook when small, else by NTT. */
    public static long[] multiply(long[] a, long[] b) {
        int resultLength = a.length + b.length - 1;
        if (Math.min(a.length, b.length) <= SCHOOLBOOK) {
            long[] r = new long[resultLength];
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < b.length; j++) {
                    r[i + j] = Goldilocks.add(r[i + j], Goldilocks.mul(a[i], b[j]));
                }
            }
            return r;
        }
        int n = Integer.highestOneBit(resultLength - 1) << 1;
        long[] fa = Arrays.copyOf(a, n);
        long[] fb = Arrays.copyOf(b, n);
        Ntt.forward(fa);
        Ntt.forward(fb);
        for (int i = 0; i < n; i++) {
            fa[i] = Goldilocks.mul(fa[i], fb[i]);
        }
        Ntt.inverse(fa);
        return Arrays.copyOf(fa, resultLength);
    }
}
