package layers.l1.execution;

import java.math.BigInteger;

/**
 * An amount of a fungible token in its smallest unit: a whole number from 0 to 2^256 - 1, as an ERC-20
 * {@code uint256}. Immutable and exact; subtraction below zero throws (a contract turns that into a revert).
 */
public final class TokenAmount implements Comparable<TokenAmount> {

    public static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    public static final TokenAmount ZERO = new TokenAmount(BigInteger.ZERO);

    private final BigInteger value;

    private TokenAmount(BigInteger value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException naming the value if it is negative
     */
    public static TokenAmount of(long units) {
        return of(BigInteger.valueOf(units));
    }

    /**
     * @throws IllegalArgumentException naming the value if it is negative or above 2^256 - 1
     */
    public static TokenAmount of(BigInteger units) {
        if (units.signum() < 0) {
            throw new IllegalArgumentException("a token amount cannot be negative: " + units);
        }
        if (units.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("a token amount is a uint256, at most 2^256 - 1, not " + units);
        }
        return units.signum() == 0 ? ZERO : new TokenAmount(units);
    }

    public BigInteger value() {
        return value;
    }

    /**
     * @throws ArithmeticException if the sum exceeds 2^256 - 1
     */
    public TokenAmount plus(TokenAmount other) {
        BigInteger sum = value.add(other.value);
        if (sum.compareTo(MAX) > 0) {
            throw new ArithmeticException(this + " + " + other + " overflows a uint256");
        }
        return new TokenAmount(sum);
    }

    /**
     * @throws ArithmeticException naming both amounts if {@code other} is larger
     */
    public TokenAmount minus(TokenAmount other) {
        if (other.value.compareTo(value) > 0) {
            throw new ArithmeticException(this + " - " + other + " would be negative");
        }
        return of(value.subtract(other.value));
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isLessThan(TokenAmount other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(TokenAmount other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenAmount t && t.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
