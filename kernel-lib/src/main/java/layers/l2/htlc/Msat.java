package layers.l2.htlc;

/**
 * An amount in millisatoshis, the unit Lightning counts in (BOLT 2 {@code amount_msat}): 1 sat = 1,000 msat, so
 * that a proportional fee of a few parts per million is not rounded away on small payments. Immutable, exact,
 * never negative; arithmetic throws on overflow.
 */
public final class Msat implements Comparable<Msat> {

    /** Millisatoshis in one satoshi. */
    public static final long PER_SAT = 1_000;
    public static final Msat ZERO = new Msat(0);

    private final long msat;

    private Msat(long msat) {
        this.msat = msat;
    }

    /** @throws IllegalArgumentException naming the value if it is negative */
    public static Msat of(long msat) {
        if (msat < 0) {
            throw new IllegalArgumentException("an amount cannot be negative: " + msat + " msat");
        }
        return msat == 0 ? ZERO : new Msat(msat);
    }

    public static Msat sats(long sats) {
        return of(Math.multiplyExact(sats, PER_SAT));
    }

    public long msat() {
        return msat;
    }

    /** Whole satoshis, rounded down (BOLT 3: on-chain outputs "MUST be rounded down to whole satoshis"). */
    public long satsRoundedDown() {
        return msat / PER_SAT;
    }

    public Msat plus(Msat other) {
        return of(Math.addExact(msat, other.msat));
    }

    /** @throws ArithmeticException naming both if {@code other} is larger */
    public Msat minus(Msat other) {
        if (other.msat > msat) {
            throw new ArithmeticException(this + " - " + other + " would be negative");
        }
        return of(msat - other.msat);
    }

    public boolean isGreaterThan(Msat other) {
        return msat > other.msat;
    }

    public boolean isZero() {
        return msat == 0;
    }

    @Override
    public int compareTo(Msat other) {
        return Long.compare(msat, other.msat);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Msat m && m.msat == msat;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(msat);
    }

    @Override
    public String toString() {
        return msat + " msat";
    }
}
