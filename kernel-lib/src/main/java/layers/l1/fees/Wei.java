package layers.l1.fees;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.math.BigDecimal;

/**
 * An amount of ether in wei (10^-18 ether), the unit Ethereum's execution layer counts balances and fees per gas in:
 * a whole number from 0 to 2^256 - 1, as the protocol's {@code uint256}. Immutable; the arithmetic is exact (no
 * overflow below 2^256, which throws) and division rounds down as the EIP's {@code //} does. Never floating point:
 * {@link #toGwei()} and {@link #toEther()} are for charts only.
 *
 * <p>Why not {@link layers.l1.pos.Gwei}: fees per gas go down to single wei (EIP-1559's base fee can fall to 7 wei),
 * and totals (all the ether burnt) exceed a {@code long} of wei, so this type is {@code BigInteger}-backed.
 */
public final class Wei implements Comparable<Wei> {

    /** Wei in one Gwei (10^9). */
    public static final long PER_GWEI = 1_000_000_000L;
    /** Wei in one ether (10^18). */
    public static final long PER_ETHER = 1_000_000_000_000_000_000L;
    /** 2^256 - 1, the largest {@code uint256}. */
    public static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    public static final Wei ZERO = new Wei(BigInteger.ZERO);
    public static final Wei ONE = new Wei(BigInteger.ONE);

    private final BigInteger value;

    private Wei(BigInteger value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException naming the value if it is negative
     */
    public static Wei of(long wei) {
        if (wei < 0) {
            throw new IllegalArgumentException("an amount of wei cannot be negative: " + wei);
        }
        return wei == 0 ? ZERO : new Wei(BigInteger.valueOf(wei));
    }

    /**
     * @throws IllegalArgumentException naming the value if it is negative or above 2^256 - 1
     */
    public static Wei of(BigInteger wei) {
        if (wei.signum() < 0) {
            throw new IllegalArgumentException("an amount of wei cannot be negative: " + wei);
        }
        if (wei.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("an amount of wei is a uint256, at most 2^256 - 1, not " + wei);
        }
        return wei.signum() == 0 ? ZERO : new Wei(wei);
    }

    /** {@code gwei} Gwei: {@code Wei.gwei(30)} is 30,000,000,000 wei. */
    public static Wei gwei(long gwei) {
        return of(BigInteger.valueOf(gwei).multiply(BigInteger.valueOf(PER_GWEI)));
    }

    /** Whole ether. */
    public static Wei ether(long ether) {
        return of(BigInteger.valueOf(ether).multiply(BigInteger.valueOf(PER_ETHER)));
    }

    public BigInteger value() {
        return value;
    }

    /**
     * The value as a {@code long}, for fees per gas in fast loops.
     *
     * @throws ArithmeticException naming the value if it does not fit
     */
    public long longValueExact() {
        if (value.bitLength() > 63) {
            throw new ArithmeticException(this + " does not fit in a long");
        }
        return value.longValue();
    }

    public Wei plus(Wei other) {
        return of(value.add(other.value));
    }

    /**
     * @throws ArithmeticException naming both amounts if {@code other} is larger
     */
    public Wei minus(Wei other) {
        if (other.value.compareTo(value) > 0) {
            throw new ArithmeticException(this + " - " + other + " would be negative");
        }
        return of(value.subtract(other.value));
    }

    /** {@code this - other}, or zero if {@code other} is larger. */
    public Wei saturatingMinus(Wei other) {
        return other.value.compareTo(value) >= 0 ? ZERO : of(value.subtract(other.value));
    }

    /** A fee per gas times an amount of gas: the fee. */
    public Wei times(Gas gas) {
        return times(gas.value());
    }

    public Wei times(long factor) {
        if (factor < 0) {
            throw new IllegalArgumentException("factor must be 0 or more, was " + factor);
        }
        return of(value.multiply(BigInteger.valueOf(factor)));
    }

    /** Rounded down, as the EIP's {@code //}. */
    public Wei dividedBy(long divisor) {
        if (divisor <= 0) {
            throw new IllegalArgumentException("divisor must be positive, was " + divisor);
        }
        return of(value.divide(BigInteger.valueOf(divisor)));
    }

    public Wei min(Wei other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Wei max(Wei other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isGreaterThan(Wei other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Wei other) {
        return compareTo(other) < 0;
    }

    /** In Gwei, for charts; never compute with it. */
    public double toGwei() {
        return new BigDecimal(value).movePointLeft(9).doubleValue();
    }

    /** In ether, for charts; never compute with it. */
    public double toEther() {
        return new BigDecimal(value).movePointLeft(18).doubleValue();
    }

    /** {@code "0.031500000000000000 ETH"}, exact. */
    public String toEtherString() {
        return new BigDecimal(value).movePointLeft(18).setScale(18, RoundingMode.UNNECESSARY).toPlainString() + " ETH";
    }

    @Override
    public int compareTo(Wei other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Wei w && w.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** {@code "7 wei"}. */
    @Override
    public String toString() {
        return value + " wei";
    }
}
