package layers.kernel;

import java.time.Duration;
import java.util.Map;

/** The kernel's settings, read from the environment the kernel spec gives it. */
record KernelSettings(Duration cellTimeout) {

    /** Seconds after which a cell is stopped; 0 or unset means no limit. */
    static final String CELL_TIMEOUT = "LAYERS_CELL_TIMEOUT";

    static KernelSettings fromEnvironment(Map<String, String> env) {
        String raw = env.getOrDefault(CELL_TIMEOUT, "0").strip();
        long seconds;
        try {
            seconds = raw.isEmpty() ? 0 : Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(CELL_TIMEOUT + " must be a whole number of seconds, was '" + raw + "'");
        }
        if (seconds < 0) {
            throw new IllegalArgumentException(CELL_TIMEOUT + " must be 0 (no limit) or more, was " + seconds);
        }
        return new KernelSettings(Duration.ofSeconds(seconds));
    }
}
