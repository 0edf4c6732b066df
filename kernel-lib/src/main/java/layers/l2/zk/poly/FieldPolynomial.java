package layers.l2.zk.poly;

import layers.l2.zk.field.Goldilocks;

import java.util.Arrays;

/**
 * A polynomial over the Goldilocks field in coefficient form, lowest degree first; trailing zeros are dropped, so the
 * zero polynomial has no coefficients and degree −1. Immutable. For the small, readable steps (a learner evaluates
 * one at a point, multiplies two); the prover works on arrays with {@link Ntt} and {@link CosetDomain}.
 */
public final class FieldPolynomial {

    private final long[] coefficients;

    private FieldPolynomial(long[] coefficients) {
        int n = coefficients.length;
        while (n > 0 && coefficients[n - 1] == 0) {
            n--;
        }
        this.coefficients = Arrays.copyOf(coefficients, n);
    }

    /**
     * The polynomial {@code c[0] + c[1]·x + c[2]·x² + …}.
     *
     * @throws IllegalArgumentException if a coefficient is not a canonical field element
     */
    public static FieldPolynomial of(long... coefficients) {
        for (int i = 0; i < coefficients.length; i++) {
            if (!Goldilocks.isCanonical(coefficients[i])) {
                throw new IllegalArgumentException("coefficient " + i + " = " + Long.toUnsignedString(coefficients[i])
                        + " is not below p");
            }
        }
        return new FieldPolynomial(coefficients.clone());
    }

    /** The polynomial of degree below {@code values.length} with these values at 1, ω, ω², … (NTT interpolation). */
    public static FieldPolynomial interpolate(long[] values) {
        return new FieldPolynomial(Ntt.interpolate(values));
    }

    /** The polynomial {@code (x − r0)(x − r1)…}, zero exactly at the roots. */
    public static FieldPolynomial zerofier(long... roots) {
        FieldPolynomial z = of(1);
        for (long r : roots) {
            z = z.mul(of(Goldilocks.neg(r), 1));
        }
        return z;
    }

    /** −1 for the zero polynomial. */
    public int degree() {
        return coefficients.length - 1;
    }

    public long[] coefficients() {
        return coefficients.clone();
    }

    public long coefficient(int i) {
        return i < coefficients.length ? coefficients[i] : 0;
    }

    /** The value at {@code x}, by Horner's rule. */
    public long evaluate(long x) {
        long acc = 0;
        for (int i = coefficients.length - 1; i >= 0; i--) {
            acc = Goldilocks.add(Goldilocks.mul(acc, x), coefficients[i]);
        }
        return acc;
    }

    /** The values on every point of {@code domain}, by one NTT. */
    public long[] evaluate(CosetDomain domain) {
        return domain.evaluate(coefficients);
    }

    public FieldPolynomial add(FieldPolynomial o) {
        long[] r = new long[Math.max(coefficients.length, o.coefficients.length)];
        for (int i = 0; i < r.length; i++) {
            r[i] = Goldilocks.add(coefficient(i), o.coefficient(i));
        }
        return new FieldPolynomial(r);
    }

    public FieldPolynomial sub(FieldPolynomial o) {
        long[] r = new long[Math.max(coefficients.length, o.coefficients.length)];
        for (int i = 0; i < r.length; i++) {
            r[i] = Goldilocks.sub(coefficient(i), o.coefficient(i));
        }
        return new FieldPolynomial(r);
    }

    /** Schoolbook product (quadratic; fine for the small polynomials it is meant for). */
    public FieldPolynomial mul(FieldPolynomial o) {
        if (coefficients.length == 0 || o.coefficients.length == 0) {
            return new FieldPolynomial(new long[0]);
        }
        long[] r = new long[coefficients.length + o.coefficients.length - 1];
        for (int i = 0; i < coefficients.length; i++) {
            for (int j = 0; j < o.coefficients.length; j++) {
                r[i + j] = Goldilocks.add(r[i + j], Goldilocks.mul(coefficients[i], o.coefficients[j]));
            }
        }
        return new FieldPolynomial(r);
    }

    /**
     * The quotient and remainder of long division by {@code divisor}: {@code this = q·divisor + r}, deg r &lt; deg
     * divisor.
     *
     * @throws ArithmeticException for division by the zero polynomial
     */
    public FieldPolynomial[] divideWithRemainder(FieldPolynomial divisor) {
        if (divisor.degree() < 0) {
            throw new ArithmeticException("division by the zero polynomial");
        }
        long[] rem = coefficients.clone();
        int dd = divisor.degree();
        long[] q = new long[Math.max(0, degree() - dd + 1)];
        long leadInv = Goldilocks.inv(divisor.coefficients[dd]);
        for (int i = degree(); i >= dd; i--) {
            long c = Goldilocks.mul(rem[i], leadInv);
            q[i - dd] = c;
            for (int j = 0; j <= dd; j++) {
                rem[i - dd + j] = Goldilocks.sub(rem[i - dd + j], Goldilocks.mul(c, divisor.coefficients[j]));
            }
        }
        return new FieldPolynomial[] {new FieldPolynomial(q), new FieldPolynomial(Arrays.copyOf(rem, Math.max(0, dd)))};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldPolynomial p && Arrays.equals(coefficients, p.coefficients);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
        if (coefficients.length == 0) {
            return "0";
        }
        StringBuilder s = new StringBuilder();
        for (int i = coefficients.length - 1; i >= 0; i--) {
            if (coefficients[i] == 0) {
                continue;
            }
            if (s.length() > 0) {
                s.append(" + ");
            }
            String c = Goldilocks.toString(coefficients[i]);
            s.append(i == 0 ? c : (coefficients[i] == 1 ? "" : c + "·") + (i == 1 ? "x" : "x^" + i));
        }
        return s.toString();
    }
}
