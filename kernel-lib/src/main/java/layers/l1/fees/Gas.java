package layers.l1.fees;

/**
 * An amount of Ethereum gas: the unit the protocol meters computation and block space in. A whole number, 0 or more.
 * Immutable; arithmetic is exact and throws on overflow, naming the operands.
 */
public final class Gas implements Comparable<Gas> {

    public static final Gas ZERO = new Gas(0);
    /** What every transaction pays before it does anything. Source: Yellow Paper, Appendix G, {@code G_transaction = 21000}. */
    public static final Gas TRANSACTION = new Gas(21_000);

    private final long value;

    private Gas(long value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException naming the value if it is negative
     */
    public static Gas of(long gas) {
        if (gas < 0) {
            throw new IllegalArgumentException("gas cannot be negative: " + gas);
        }
        return gas == 0 ? ZERO : new Gas(gas);
    }

    /** {@code millions} million gas: {@code Gas.millions(30)} is a 30,000,000 gas limit. */
    public static Gas millions(long millions) {
        return of(Math.multiplyExact(millions, 1_000_000L));
    }

    public long value() {
        return value;
    }

    /**
     * @throws ArithmeticException naming both amounts if the sum overflows
     */
    public Gas plus(Gas other) {
        try {
            return of(Math.addExact(value, other.value));
        } catch (ArithmeticException e) {
            throw new ArithmeticException(this + " + " + other + " overflows a long");
        }
    }

    /**
     * @throws ArithmeticException naming both amounts if {@code other} is larger
     */
    public Gas minus(Gas other) {
        if (other.value > value) {
            throw new ArithmeticException(this + " - " + other + " would be negative");
        }
        return of(value - other.value);
    }

    /**
     * @throws ArithmeticException naming the amount and factor if the product overflows
     */
    public Gas times(long factor) {
        if (factor < 0) {
            throw new IllegalArgumentException("factor must be 0 or more, was " + factor);
        }
        try {
            return of(Math.multiplyExact(value, factor));
        } catch (ArithmeticException e) {
            throw new ArithmeticException(this + " × " + factor + " overflows a long");
        }
    }

    /** Rounded down, as the EIP's {@code //}. */
    public Gas dividedBy(long divisor) {
        if (divisor <= 0) {
            throw new IllegalArgumentException("divisor must be positive, was " + divisor);
        }
        return of(value / divisor);
    }

    public Gas min(Gas other) {
        return value <= other.value ? this : other;
    }

    public Gas max(Gas other) {
        return value >= other.value ? this : other;
    }

    public boolean isGreaterThan(Gas other) {
        return value > other.value;
    }

    public boolean isLessThan(Gas other) {
        return value < other.value;
    }

    public boolean isZero() {
        return value == 0;
    }

    @Override
    public int compareTo(Gas other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gas g && g.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /** {@code "21000 gas"}. */
    @Override
    public String toString() {
        return value + " gas";
    }
}
