package layers.l2.zk.poly;

import layers.l2.zk.field.Goldilocks;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The number-theoretic transform over the Goldilocks field: evaluating a polynomial of {@code n = 2^k} coefficients at
 * all {@code n} powers of a primitive n-th root of unity ω in O(n log n), and back (the inverse transform, which is
 * interpolation). Radix-2, in place, Cooley–Tukey with a bit-reversal permutation; the twiddle factors of each size
 * are computed once and kept.
 *
 * <p>Index i of the evaluations is the value at {@code ω^i}, with {@code ω = Goldilocks.rootOfUnity(k)}.
 */
public final class Ntt {

    private static final ConcurrentHashMap<Integer, long[]> TWIDDLES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Integer, long[]> INVERSE_TWIDDLES = new ConcurrentHashMap<>();

    private Ntt() {
    }

    /** Evaluates the polynomial with coefficients {@code a} (lowest first) at 1, ω, ω², … in place. */
    public static void forward(long[] a) {
        transform(a, twiddles(log2(a.length), false));
    }

    /** Interpolates in place: from the values at 1, ω, ω², … to the coefficients (lowest first). */
    public static void inverse(long[] a) {
        int logN = log2(a.length);
        transform(a, twiddles(logN, true));
        long nInv = Goldilocks.inv(a.length);
        for (int i = 0; i < a.length; i++) {
            a[i] = Goldilocks.mul(a[i], nInv);
        }
    }

    /** A copy of {@code coefficients} evaluated by {@link #forward}. */
    public static long[] evaluate(long[] coefficients) {
        long[] a = coefficients.clone();
        forward(a);
        return a;
    }

    /** A copy of {@code values} interpolated by {@link #inverse}. */
    public static long[] interpolate(long[] values) {
        long[] a = values.clone();
        inverse(a);
        return a;
    }

    /**
     * log2 of a power of two.
     *
     * @throws IllegalArgumentException if {@code n} is not a power of two of at most 2^32
     */
    public static int log2(int n) {
        if (n <= 0 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("the NTT needs a power-of-two length, not " + n);
        }
        return Integer.numberOfTrailingZeros(n);
    }

    private static void transform(long[] a, long[] tw) {
        int n = a.length;
        bitReverse(a);
        // tw holds ω_n^j for j < n/2; a block of size m uses every (n/m)-th of them.
        for (int m = 2; m <= n; m <<= 1) {
            int half = m >>> 1;
            int step = n / m;
            for (int start = 0; start < n; start += m) {
                for (int j = 0; j < half; j++) {
                    long w = tw[j * step];
                    int i0 = start + j;
                    int i1 = i0 + half;
                    long u = a[i0];
                    long v = Goldilocks.mul(a[i1], w);
                    a[i0] = Goldilocks.add(u, v);
                    a[i1] = Goldilocks.sub(u, v);
                }
            }
        }
    }

    static void bitReverse(long[] a) {
        int n = a.length;
        int shift = 32 - log2(n);
        if (n == 1) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int j = Integer.reverse(i) >>> shift;
            if (i < j) {
                long t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }
    }

    private static long[] twiddles(int logN, boolean inverse) {
        var cache = inverse ? INVERSE_TWIDDLES : TWIDDLES;
        return cache.computeIfAbsent(logN, k -> {
            int n = 1 << k;
            long w = Goldilocks.rootOfUnity(k);
            if (inverse) {
                w = Goldilocks.inv(w);
            }
            long[] t = new long[Math.max(1, n / 2)];
            t[0] = 1;
            for (int j = 1; j < t.length; j++) {
                t[j] = Goldilocks.mul(t[j - 1], w);
            }
            return t;
        });
    }
}
