package layers.l1.fees;

import java.math.BigInteger;

/** An exact running sum of products of non-negative {@code long}s, in 128 bits, so fee totals never overflow or allocate. */
final class Sum128 {

    private long high;
    private long low;

    /** Adds {@code a × b}; both must be 0 or more. */
    void addProduct(long a, long b) {
        if (a < 0 || b < 0) {
            throw new IllegalArgumentException("only products of non-negative numbers: " + a + " × " + b);
        }
        long productLow = a * b;
        long productHigh = Math.multiplyHigh(a, b);
        long sum = low + productLow;
        long carry = Long.compareUnsigned(sum, low) < 0 ? 1 : 0;
        low = sum;
        high = Math.addExact(high, Math.addExact(productHigh, carry));
    }

    void reset() {
        high = 0;
        low = 0;
    }

    BigInteger toBigInteger() {
        BigInteger lowUnsigned = new BigInteger(Long.toUnsignedString(low));
        return BigInteger.valueOf(high).shiftLeft(64).add(lowUnsigned);
    }
}
