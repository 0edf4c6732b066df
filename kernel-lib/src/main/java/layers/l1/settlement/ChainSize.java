package layers.l1.settlement;

import java.util.Objects;

/**
 * A real chain's size and growth, as inputs with where and when the figures are from (never live data).
 *
 * @param bytes       the whole chain a new full node downloads and verifies
 * @param bytesPerDay how fast it grows
 * @param asOf        when the figures held
 * @param source      where they come from
 */
public record ChainSize(long bytes, long bytesPerDay, String asOf, String source) {

    public ChainSize {
        if (bytes < 0 || bytesPerDay < 0) {
            throw new IllegalArgumentException("sizes cannot be negative: " + bytes + ", " + bytesPerDay);
        }
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Bitcoin in 2023: "over 500 GB of data" and "about 400 MB of Bitcoin transactions per day". Source:
     * Antonopoulos and Harding, Mastering Bitcoin, 3rd edition (2023), chapter 3, "Running a Bitcoin Node".
     */
    public static ChainSize bitcoin2023() {
        return new ChainSize(500_000_000_000L, 400_000_000L, "2023",
                "Mastering Bitcoin, 3rd ed. (2023), ch. 3: over 500 GB, about 400 MB a day");
    }

    /** The size after {@code days} more days of growth. */
    public long bytesAfterDays(long days) {
        return Math.addExact(bytes, Math.multiplyExact(bytesPerDay, days));
    }
}
