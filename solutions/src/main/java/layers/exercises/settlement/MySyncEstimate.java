package layers.exercises.settlement;

/**
 * Exercise {@code settlement.sync-cost}: a full node's first sync, now and as the chain grows. Write both methods,
 * then grade them: {@code ./course grade settlement.sync-cost}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Check the arguments first, and name the bad value in the message.</li>
 *   <li>{@code Math.multiplyExact} and {@code Math.addExact} throw {@code ArithmeticException} on overflow.</li>
 *   <li>Megabits to bytes: {@code downloadMbps * 1e6 / 8}. The slower rate sets the pace ({@code Math.min}); bytes
 *       over bytes a second is seconds, and 3600 seconds make an hour.</li>
 * </ol>
 */
public class MySyncEstimate implements SyncEstimate {

    @Override
    public long chainBytesAfter(long bytesNow, long bytesPerDay, long days) {
        // BEGIN SOLUTION settlement.sync-cost
        if (bytesNow < 0 || bytesPerDay < 0 || days < 0) {
            throw new IllegalArgumentException("sizes, growth and days cannot be negative: " + bytesNow + " bytes, "
                    + bytesPerDay + " bytes a day, " + days + " days");
        }
        return Math.addExact(bytesNow, Math.multiplyExact(bytesPerDay, days));
        // END SOLUTION
    }

    @Override
    public double syncHours(long chainBytes, double verifyBytesPerSecond, double downloadMbps) {
        // BEGIN SOLUTION settlement.sync-cost
        if (chainBytes < 0) {
            throw new IllegalArgumentException("a chain's size cannot be negative: " + chainBytes);
        }
        if (!(verifyBytesPerSecond > 0) || Double.isInfinite(verifyBytesPerSecond)) {
            throw new IllegalArgumentException("the verification rate must be positive and finite, not "
                    + verifyBytesPerSecond);
        }
        if (!(downloadMbps > 0) || Double.isInfinite(downloadMbps)) {
            throw new IllegalArgumentException("the download rate must be positive and finite, not " + downloadMbps);
        }
        double bytesPerSecond = Math.min(verifyBytesPerSecond, downloadMbps * 1e6 / 8);
        return chainBytes / bytesPerSecond / 3600;
        // END SOLUTION
    }
}
