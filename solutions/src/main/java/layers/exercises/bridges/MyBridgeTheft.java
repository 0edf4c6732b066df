package layers.exercises.bridges;

/**
 * Exercise {@code bridges.stolen}: the amount an attacker with some keys can steal from multisig bridges. Write
 * {@link #stolen}, then grade it: {@code ./course grade bridges.stolen}.
 *
 * <p>Hints:
 * <ol>
 *   <li>A multisig bridge checks only that enough of its signers signed: with the threshold or more, the attacker
 *       signs a release of everything.</li>
 *   <li>Below the threshold it gets nothing at all: a partial set of signatures releases nothing.</li>
 *   <li>Add with {@code Math.addExact}, and check every argument first.</li>
 * </ol>
 */
public class MyBridgeTheft implements BridgeTheft {

    @Override
    public long stolen(long[] locked, int[] thresholds, int compromisedKeys) {
        // BEGIN SOLUTION bridges.stolen
        if (locked.length != thresholds.length) {
            throw new IllegalArgumentException(locked.length + " amounts but " + thresholds.length + " thresholds");
        }
        if (compromisedKeys < 0) {
            throw new IllegalArgumentException("compromised keys cannot be negative: " + compromisedKeys);
        }
        long total = 0;
        for (int i = 0; i < locked.length; i++) {
            if (locked[i] < 0) {
                throw new IllegalArgumentException("bridge " + i + " holds a negative amount " + locked[i]);
            }
            if (thresholds[i] < 1) {
                throw new IllegalArgumentException("bridge " + i + " has threshold " + thresholds[i]);
            }
            if (compromisedKeys >= thresholds[i]) {
                total = Math.addExact(total, locked[i]);
            }
        }
        return total;
        // END SOLUTION
    }
}
