package layers.grading;

import java.time.Duration;
import java.util.Locale;

/** Reads and writes the short durations of time limits: {@code 2s}, {@code 500ms}, {@code 1.5s}. */
public final class Durations {

    private Durations() {
    }

    /** {@code 2 s}, {@code 500 ms}: how a limit appears in messages to learners. */
    public static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return millis + " ms";
    }

    /**
     * Parses {@code 2s}, {@code 1.5s}, {@code 500ms}, {@code 2m}, or a bare number of seconds.
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            if (t.endsWith("s")) {
                return ofSeconds(t.substring(0, t.length() - 1));
            }
            if (t.endsWith("m")) {
                return ofSeconds(t.substring(0, t.length() - 1)).multipliedBy(60);
            }
            return ofSeconds(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "not a duration: '" + text + "' (write it like 2s, 1.5s, 500ms or 2m)", e);
        }
    }

    private static Duration ofSeconds(String number) {
        double seconds = Double.parseDouble(number.trim());
        if (seconds < 0 || Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            throw new NumberFormatException(number);
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
