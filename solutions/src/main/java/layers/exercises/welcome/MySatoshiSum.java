package layers.exercises.welcome;

/**
 * Exercise {@code welcome.sum}: add up amounts of satoshis, such as the fees of a block's transactions.
 * Write {@link #sum}, then grade it: {@code ./course grade welcome.sum}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Start from {@code long total = 0;} and add each amount in a for-each loop.</li>
 *   <li>Before adding an amount, check that it is not negative, and if it is,
 *       {@code throw new IllegalArgumentException("negative amount: " + amount)}.</li>
 *   <li>{@code Math.addExact(total, amount)} adds like {@code +}, but throws {@code ArithmeticException} where
 *       {@code +} would silently wrap around to a wrong, negative total.</li>
 * </ol>
 */
public class MySatoshiSum implements SatoshiSum {

    @Override
    public long sum(long[] amounts) {
        // BEGIN SOLUTION welcome.sum
        long total = 0;
        for (long amount : amounts) {
            if (amount < 0) {
                throw new IllegalArgumentException("negative amount: " + amount + " satoshis");
            }
            total = Math.addExact(total, amount);
        }
        return total;
        // END SOLUTION
    }
}
