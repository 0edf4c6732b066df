package layers.exercises.bridges;

/** What stolen keys are worth against multisig bridges. */
public interface BridgeTheft {

    /**
     * The total an attacker can release from these bridges with {@code compromisedKeys} keys of each one's signer
     * set: bridge i holds {@code locked[i]} and releases on {@code thresholds[i]} signatures; the attacker takes
     * everything from a bridge where it holds at least the threshold, and nothing from the others.
     *
     * @throws IllegalArgumentException if the arrays differ in length, an amount is negative, a threshold is below 1,
     *                                  or {@code compromisedKeys} is negative
     * @throws ArithmeticException      if the total overflows a long
     */
    long stolen(long[] locked, int[] thresholds, int compromisedKeys);
}
