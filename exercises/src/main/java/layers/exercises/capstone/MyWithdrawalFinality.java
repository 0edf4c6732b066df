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
        throw new UnsupportedOperationException("exercise capstone.withdrawal: not written yet — see the hints above");
    }
}
