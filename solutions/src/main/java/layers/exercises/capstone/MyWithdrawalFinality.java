package layers.exercises.capstone;

/**
 * Exercise {@code capstone.withdrawal}: write {@link #finalAt}, then grade it: {@code ./course grade capstone.withdrawal}.
 *
 * <p>Hints:
 * <ol>
 *   <li>The next multiple of {@code b} at or after {@code t} is {@code ceil(t / b) × b}: in longs,
 *       {@code Math.floorDiv(t + b - 1, b) * b}.</li>
 *   <li>A withdrawal made exactly when a batch is posted goes in that batch.</li>
 *   <li>Add the window and then the L1 finality time.</li>
 * </ol>
 */
public class MyWithdrawalFinality implements WithdrawalFinality {

    @Override
    public long finalAt(long withdrawnAt, long batchIntervalSeconds, long windowSeconds, long l1FinalitySeconds) {
        // BEGIN SOLUTION capstone.withdrawal
        if (withdrawnAt < 0 || batchIntervalSeconds <= 0 || windowSeconds < 0 || l1FinalitySeconds < 0) {
            throw new IllegalArgumentException("withdrawnAt " + withdrawnAt + ", batch interval "
                    + batchIntervalSeconds + ", window " + windowSeconds + " and L1 finality " + l1FinalitySeconds
                    + " must be 0 or more (the interval above 0)");
        }
        long posted = Math.floorDiv(withdrawnAt + batchIntervalSeconds - 1, batchIntervalSeconds) * batchIntervalSeconds;
        return posted + windowSeconds + l1FinalitySeconds;
        // END SOLUTION
    }
}
