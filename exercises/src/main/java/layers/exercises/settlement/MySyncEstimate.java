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
        throw new UnsupportedOperationException("exercise settlement.sync-cost: not written yet — see the hints above");
    }

    @Override
    public double syncHours(long chainBytes, double verifyBytesPerSecond, double downloadMbps) {
        throw new UnsupportedOperationException("exercise settlement.sync-cost: not written yet — see the hints above");
    }
}
