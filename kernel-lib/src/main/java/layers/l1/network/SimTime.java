package layers.l1.network;

import java.util.Locale;

/**
 * A point in simulated time, or a span of it, in whole microseconds since the simulation started. Immutable.
 *
 * <p>Whole microseconds rather than a {@code double} of seconds, so that two events scheduled for the same moment
 * compare equal on every machine and the order of events never depends on rounding.
 */
public final class SimTime implements Comparable<SimTime> {

    public static final SimTime ZERO = new SimTime(0);

    private static final long MICROS_PER_MILLI = 1_000L;
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private final long micros;

    private SimTime(long micros) {
        this.micros = micros;
    }

    /** {@code micros} microseconds; must be 0 or more. */
    public static SimTime ofMicros(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("simulated time is never negative, was " + micros + " µs");
        }
        return micros == 0 ? ZERO : new SimTime(micros);
    }

    public static SimTime ofMillis(long millis) {
        return ofMicros(Math.multiplyExact(millis, MICROS_PER_MILLI));
    }

    /** {@code seconds}, rounded to the nearest microsecond. */
    public static SimTime ofSeconds(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("simulated time must be a finite number of seconds, 0 or more, was "
                    + seconds);
        }
        return ofMicros(Math.round(seconds * MICROS_PER_SECOND));
    }

    public static SimTime ofMinutes(double minutes) {
        return ofSeconds(minutes * 60);
    }

    public long micros() {
        return micros;
    }

    public double toSeconds() {
        return micros / (double) MICROS_PER_SECOND;
    }

    public SimTime plus(SimTime other) {
        return ofMicros(Math.addExact(micros, other.micros));
    }

    /** This time less {@code other}; {@code other} must not be later. */
    public SimTime minus(SimTime other) {
        if (other.micros > micros) {
            throw new IllegalArgumentException(other + " is later than " + this);
        }
        return ofMicros(micros - other.micros);
    }

    public SimTime times(double factor) {
        return ofMicros(Math.round(micros * factor));
    }

    public boolean isBefore(SimTime other) {
        return micros < other.micros;
    }

    @Override
    public int compareTo(SimTime other) {
        return Long.compare(micros, other.micros);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimTime t && t.micros == micros;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(micros);
    }

    /** Seconds with millisecond precision, e.g. {@code 12.345 s}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f s", toSeconds());
    }
}
