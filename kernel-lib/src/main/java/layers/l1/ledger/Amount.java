package layers.l1.ledger;

/**
 * An amount of money in satoshis (10^-8 bitcoin): a whole number from 0 to {@link #MAX_MONEY}. Immutable; the
 * arithmetic is exact ({@link Math#addExact}) and never floating point, because money must add up to the last unit.
 * The account model uses it too, so the course can run the same payments through both ledgers (Ethereum itself
 * counts wei, 10^-18 ether, in 256 bits).
 */
public final class Amount implements Comparable<Amount> {

    /** Satoshis in one bitcoin. Source: Bitcoin Core {@code COIN} (src/consensus/amount.h). */
    public static final long COIN = 100_000_000L;
    /** 21 million bitcoin: no amount can exceed it. Source: Bitcoin Core {@code MAX_MONEY}. */
    public static final long MAX_MONEY = 21_000_000L * COIN;

    public static final Amount ZERO = new Amount(0);

    private final long satoshis;

    private Amount(long satoshis) {
        this.satoshis = satoshis;
    }

    /**
     * @throws IllegalArgumentException naming the value if it is negative or above {@link #MAX_MONEY}
     */
    public static Amount sats(long satoshis) {
        if (satoshis < 0) {
            throw new IllegalArgumentException("an amount cannot be negative: " + satoshis + " sat");
        }
        if (satoshis > MAX_MONEY) {
            throw new IllegalArgumentException("an amount cannot exceed 21 million bitcoin (" + MAX_MONEY
                    + " sat): " + satoshis + " sat");
        }
        return satoshis == 0 ? ZERO : new Amount(satoshis);
    }

    /** Whole bitcoin: {@code bitcoin(50)} is 5,000,000,000 sat. */
    public static Amount bitcoin(long coins) {
        if (coins < 0 || coins > MAX_MONEY / COIN) {
            throw new IllegalArgumentException("an amount is 0 to 21,000,000 bitcoin, not " + coins);
        }
        return sats(coins * COIN);
    }

    /** Whether {@code satoshis} is a valid amount. Source: Bitcoin Core {@code MoneyRange}. */
    public static boolean moneyRange(long satoshis) {
        return satoshis >= 0 && satoshis <= MAX_MONEY;
    }

    public long satoshis() {
        return satoshis;
    }

    /**
     * @throws ArithmeticException naming both amounts if the sum exceeds {@link #MAX_MONEY}
     */
    public Amount plus(Amount other) {
        long sum = Math.addExact(satoshis, other.satoshis);
        if (sum > MAX_MONEY) {
            throw new ArithmeticException(this + " + " + other + " exceeds 21 million bitcoin");
        }
        return sats(sum);
    }

    /**
     * @throws ArithmeticException naming both amounts if {@code other} is larger
     */
    public Amount minus(Amount other) {
        if (other.satoshis > satoshis) {
            throw new ArithmeticException(this + " - " + other + " would be negative");
        }
        return sats(satoshis - other.satoshis);
    }

    public boolean isZero() {
        return satoshis == 0;
    }

    public boolean isGreaterThan(Amount other) {
        return satoshis > other.satoshis;
    }

    @Override
    public int compareTo(Amount other) {
        return Long.compare(satoshis, other.satoshis);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && satoshis == a.satoshis;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(satoshis);
    }

    /** {@code "1234 sat"}. */
    @Override
    public String toString() {
        return satoshis + " sat";
    }

    /** {@code "0.00001234 BTC"}, computed with integers. */
    public String toBitcoinString() {
        return satoshis / COIN + "." + String.format("%08d", satoshis % COIN) + " BTC";
    }
}
