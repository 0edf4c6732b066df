package layers.exercises.zk;

/**
 * The transition constraints of a two-account payment machine, an AIR of 4 columns: 0 = balance of A, 1 = balance of
 * B, 2 = amount paid at this step, 3 = direction d (1: A pays B, 0: B pays A). Source: the notebook's AIR section.
 */
public interface PaymentTransitions {

    /**
     * Writes the three constraint values for the step from {@code current} to {@code next} (rows of 4 field
     * elements), each zero exactly when the rule holds:
     * <ul>
     *   <li>{@code out[0] = d·(d − 1)}: the direction is a bit;</li>
     *   <li>{@code out[1] = a' − a + amount·(2d − 1)}: A's balance moves by the payment;</li>
     *   <li>{@code out[2] = b' − b − amount·(2d − 1)}: B's balance moves the other way.</li>
     * </ul>
     * All arithmetic in the Goldilocks field.
     */
    void evaluate(long[] current, long[] next, long[] out);
}
