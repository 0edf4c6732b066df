package layers.l1.pos;

/**
 * An amount of ether in Gwei (10^-9 ether), the unit the consensus specification counts balances in: a whole number,
 * 0 or more. Immutable; the arithmetic is exact ({@link Math#addExact}, {@link Math#multiplyExact}) and division
 * rounds down as the specification's {@code //} does. Never floating point: {@link #toEther()} is for charts only.
 */
public final class Gwei implements Comparable<Gwei> {

    /** Gwei in one ether. */
    public static final long PER_ETHER = 1_000_000_000L;

    public static final Gwei ZERO = new Gwei(0);

    private final long value;

    private Gwei(long value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException naming the value if it is negative
     */
    public static Gwei of(long gwei) {
        if (gwei < 0) {
            throw new IllegalArgumentException("an amount of Gwei cannot be negative: " + gwei);
        }
        return gwei == 0 ? ZERO : new Gwei(gwei);
    }

    /** Whole ether: {@code ether(32)} is 32,000,000,000 Gwei. */
    public static Gwei ether(long ether) {
        if (ether < 0 || ether > Long.MAX_VALUE / PER_ETHER) {
            throw new IllegalArgumentException("ether must be 0 to " + Long.MAX_VALUE / PER_ETHER + ", not " + ether);
        }
        return of(ether * PER_ETHER);
    }

    public long value() {
        return value;
    }

    /**
     * @throws ArithmeticException naming both amounts if the sum overflows
     */
    public Gwei plus(Gwei other) {
        try {
            return of(Math.addExact(value, other.value));
        } catch (ArithmeticException overflow) {
            throw new ArithmeticException(this + " + " + other + " overflows a long");
        }
    }

    /**
     * @throws ArithmeticException naming both amounts if {@code other} is larger
     */
    public Gwei minus(Gwei other) {
        if (other.value > value) {
            throw new ArithmeticException(this + " - " + other + " would be negative");
        }
        return of(value - other.value);
    }

    /** {@code this - other}, or zero if {@code other} is larger: the specification's {@code saturating_sub}. */
    public Gwei saturatingMinus(Gwei other) {
        return other.value >= value ? ZERO : of(value - other.value);
    }

    /**
     * @throws ArithmeticException naming the amount and the factor if the product overflows
     */
    public Gwei times(long factor) {
        if (factor < 0) {
            throw new IllegalArgumentException("factor must be 0 or more, was " + factor);
        }
        try {
            return of(Math.multiplyExact(value, factor));
        } catch (ArithmeticException overflow) {
            throw new ArithmeticException(this + " × " + factor + " overflows a long");
        }
    }

    /** Rounded down, as the specification's {@code //}. */
    public Gwei dividedBy(long divisor) {
        if (divisor <= 0) {
            throw new IllegalArgumentException("divisor must be positive, was " + divisor);
        }
        return of(value / divisor);
    }

    public Gwei min(Gwei other) {
        return value <= other.value ? this : other;
    }

    public Gwei max(Gwei other) {
        return value >= other.value ? this : other;
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean isGreaterThan(Gwei other) {
        return value > other.value;
    }

    public boolean isLessThan(Gwei other) {
        return value < other.value;
    }

    /** In ether, for charts and tables; never compute with it. */
    public double toEther() {
        return value / (double) PER_ETHER;
    }

    /** {@code "31.750000000 ETH"}, computed with integers. */
    public String toEtherString() {
        return value / PER_ETHER + "." + String.format("%09d", value % PER_ETHER) + " ETH";
    }

    @Override
    public int compareTo(Gwei other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gwei g && value == g.value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /** {@code "32000000000 Gwei"}. */
    @Override
    public String toString() {
        return value + " Gwei";
    }
}
