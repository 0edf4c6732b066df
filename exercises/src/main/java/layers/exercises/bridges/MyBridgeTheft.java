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
        throw new UnsupportedOperationException("exercise bridges.stolen: not written yet — see the hints above");
    }
}
