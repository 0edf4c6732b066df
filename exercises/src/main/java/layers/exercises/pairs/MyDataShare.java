package layers.exercises.pairs;

/**
 * Exercise {@code pairs.data-share}: an action's share of its batch. Write {@link #shareWei}, then grade it:
 * {@code ./course grade pairs.data-share}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Rounded up: add 1 when the division leaves a remainder.</li>
 *   <li>{@code (a + b - 1) / b} can overflow near {@code Long.MAX_VALUE}; use the remainder instead.</li>
 * </ol>
 */
public class MyDataShare implements DataShare {

    @Override
    public long shareWei(long batchCostWei, int txCount) {
        throw new UnsupportedOperationException("exercise pairs.data-share: not written yet — see the hints above");
    }
}
