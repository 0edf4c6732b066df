package layers.l2.zk.field;

/**
 * Arithmetic modulo the Goldilocks prime {@code p = 2^64 − 2^32 + 1}, the field Plonky2 and many STARK provers use
 * because a product of two elements reduces with shifts and adds, not a division. An element is a {@code long}
 * holding its canonical value {@code 0 ≤ x < p} as an unsigned number (values above {@link Long#MAX_VALUE} look
 * negative when printed as signed; use {@link #toString(long)}). Everything is static and allocation-free, so the
 * NTT and the prover's inner loops stay fast.
 *
 * <p>The reduction uses {@code 2^64 ≡ 2^32 − 1} and {@code 2^96 ≡ −1 (mod p)}: a 128-bit product
 * {@code hi·2^64 + lo} with {@code hi = a·2^32 + b} is {@code lo − a + b·(2^32 − 1)}.
 */
public final class Goldilocks {

    /** The modulus 2^64 − 2^32 + 1 = 18446744069414584321, as an unsigned long. */
    public static final long P = 0xFFFF_FFFF_0000_0001L;
    /** 2^32 − 1, which is 2^64 mod p. */
    static final long EPSILON = 0xFFFF_FFFFL;
    /** The multiplicative group's generator 7 (Plonky2: MULTIPLICATIVE_GROUP_GENERATOR = 7); also the coset offset. */
    public static final long GENERATOR = 7;
    /** p − 1 = 2^32 · (2^32 − 1): the largest power-of-two subgroup has order 2^32. */
    public static final int TWO_ADICITY = 32;

    private Goldilocks() {
    }

    /** {@code v mod p} for any unsigned 64-bit value. */
    public static long of(long v) {
        return Long.compareUnsigned(v, P) >= 0 ? v - P : v;
    }

    /** The element for a signed number: negative numbers are {@code p − |v|}. */
    public static long ofSigned(long v) {
        return v >= 0 ? of(v) : neg(of(-v));
    }

    public static long add(long a, long b) {
        long s = a + b;
        if (Long.compareUnsigned(s, a) < 0) {
            return s + EPSILON; // carried out 2^64 ≡ 2^32 − 1; a + b < 2p keeps this below p
        }
        return Long.compareUnsigned(s, P) >= 0 ? s - P : s;
    }

    public static long sub(long a, long b) {
        long d = a - b;
        return Long.compareUnsigned(a, b) < 0 ? d - EPSILON : d; // borrowed 2^64: add p = 2^64 − EPSILON
    }

    public static long neg(long a) {
        return a == 0 ? 0 : P - a;
    }

    public static long mul(long a, long b) {
        long lo = a * b;
        long hi = Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a); // unsigned high word
        return reduce128(hi, lo);
    }

    public static long square(long a) {
        return mul(a, a);
    }

    /** {@code (hi·2^64 + lo) mod p}, canonical. */
    public static long reduce128(long hi, long lo) {
        long hiHi = hi >>> 32;
        long hiLo = hi & EPSILON;
        long t0 = lo - hiHi;
        if (Long.compareUnsigned(lo, hiHi) < 0) {
            t0 -= EPSILON; // borrow: 2^64 ≡ EPSILON, cannot underflow again
        }
        long t1 = hiLo * EPSILON; // < 2^64, no overflow
        long t2 = t0 + t1;
        if (Long.compareUnsigned(t2, t0) < 0) {
            t2 += EPSILON;
        }
        return of(t2);
    }

    /** {@code a^e} for an unsigned exponent e. */
    public static long pow(long a, long e) {
        long result = 1;
        long base = a;
        while (e != 0) {
            if ((e & 1) != 0) {
                result = mul(result, base);
            }
            base = mul(base, base);
            e >>>= 1;
        }
        return result;
    }

    /**
     * The inverse {@code a^(p−2)} (Fermat's little theorem).
     *
     * @throws ArithmeticException for 0, which has no inverse
     */
    public static long inv(long a) {
        if (a == 0) {
            throw new ArithmeticException("0 has no inverse modulo p = 2^64 - 2^32 + 1");
        }
        return pow(a, P - 2);
    }

    /**
     * The inverses of all {@code values} with one inversion (Montgomery's trick).
     *
     * @throws ArithmeticException if a value is 0, naming its index
     */
    public static long[] batchInverse(long[] values) {
        int n = values.length;
        long[] prefix = new long[n];
        long acc = 1;
        for (int i = 0; i < n; i++) {
            if (values[i] == 0) {
                throw new ArithmeticException("value " + i + " is 0, which has no inverse");
            }
            prefix[i] = acc;
            acc = mul(acc, values[i]);
        }
        long inv = inv(acc);
        long[] out = new long[n];
        for (int i = n - 1; i >= 0; i--) {
            out[i] = mul(inv, prefix[i]);
            inv = mul(inv, values[i]);
        }
        return out;
    }

    /**
     * A primitive {@code 2^logN}-th root of unity: {@code 7^((p−1)/2^logN)}.
     *
     * @throws IllegalArgumentException if {@code logN} is outside 0..32 (the field has no larger power-of-two subgroup)
     */
    public static long rootOfUnity(int logN) {
        if (logN < 0 || logN > TWO_ADICITY) {
            throw new IllegalArgumentException("the Goldilocks field has 2^k-th roots of unity for k in 0..32, not k = "
                    + logN);
        }
        return pow(GENERATOR, (P - 1) >>> logN);
    }

    /** The unsigned decimal value. */
    public static String toString(long a) {
        return Long.toUnsignedString(a);
    }

    /** Writes {@code a} as 8 little-endian bytes at {@code offset}. */
    public static void writeBytes(long a, byte[] out, int offset) {
        for (int i = 0; i < 8; i++) {
            out[offset + i] = (byte) (a >>> (8 * i));
        }
    }

    /** Reads 8 little-endian bytes at {@code offset} (not reduced; see {@link #isCanonical}). */
    public static long readBytes(byte[] in, int offset) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (in[offset + i] & 0xFF);
        }
        return v;
    }

    /** Whether {@code v} is a canonical element, below p as an unsigned number. */
    public static boolean isCanonical(long v) {
        return Long.compareUnsigned(v, P) < 0;
    }
}
