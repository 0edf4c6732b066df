package layers.l1.fees;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An amount of US dollars in whole cents, for turning fees and attack costs into the figures the course quotes ("$50
 * to $100 for a swap"). Immutable and exact; converting from ether rounds down to the cent. Prices are inputs with a
 * date, never live data.
 */
public final class Usd implements Comparable<Usd> {

    public static final Usd ZERO = new Usd(BigInteger.ZERO);

    private final BigInteger cents;

    private Usd(BigInteger cents) {
        this.cents = cents;
    }

    /**
     * @throws IllegalArgumentException naming the value if it is negative
     */
    public static Usd cents(long cents) {
        return ofCents(BigInteger.valueOf(cents));
    }

    /** Whole dollars. */
    public static Usd dollars(long dollars) {
        return ofCents(BigInteger.valueOf(dollars).multiply(BigInteger.valueOf(100)));
    }

    static Usd ofCents(BigInteger cents) {
        if (cents.signum() < 0) {
            throw new IllegalArgumentException("an amount of dollars cannot be negative: " + cents + " cents");
        }
        return new Usd(cents);
    }

    /** {@code amount} of ether at {@code pricePerEther}, rounded down to the cent. */
    public static Usd ofEther(Wei amount, Usd pricePerEther) {
        return ofCents(amount.value().multiply(pricePerEther.cents).divide(BigInteger.valueOf(Wei.PER_ETHER)));
    }

    /** {@code satoshis} at {@code pricePerBitcoin}, rounded down to the cent. */
    public static Usd ofSatoshis(long satoshis, Usd pricePerBitcoin) {
        return ofCents(BigInteger.valueOf(satoshis).multiply(pricePerBitcoin.cents)
                .divide(BigInteger.valueOf(100_000_000L)));
    }

    public BigInteger cents() {
        return cents;
    }

    public Usd plus(Usd other) {
        return new Usd(cents.add(other.cents));
    }

    public Usd times(long factor) {
        if (factor < 0) {
            throw new IllegalArgumentException("factor must be 0 or more, was " + factor);
        }
        return new Usd(cents.multiply(BigInteger.valueOf(factor)));
    }

    /** {@code this × numerator / denominator}, rounded down to the cent. */
    public Usd times(long numerator, long denominator) {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("the fraction must be 0 or more over a positive number, not "
                    + numerator + "/" + denominator);
        }
        return new Usd(cents.multiply(BigInteger.valueOf(numerator)).divide(BigInteger.valueOf(denominator)));
    }

    /** In dollars, for charts and tables; never compute with it. */
    public double toDollars() {
        return new BigDecimal(cents).movePointLeft(2).doubleValue();
    }

    @Override
    public int compareTo(Usd other) {
        return cents.compareTo(other.cents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Usd u && u.cents.equals(cents);
    }

    @Override
    public int hashCode() {
        return cents.hashCode();
    }

    /** {@code "$1,234.56"}. */
    @Override
    public String toString() {
        return "$" + String.format(java.util.Locale.ROOT, "%,.2f",
                new BigDecimal(cents).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY));
    }
}
