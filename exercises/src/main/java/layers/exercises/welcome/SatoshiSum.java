package layers.exercises.welcome;

/**
 * Adds up amounts of bitcoin counted in satoshis (1 BTC = 100,000,000 satoshis).
 *
 * <p>Amounts are whole numbers of satoshis in a {@code long}, never a {@code double}: sums of money must be exact,
 * and a {@code double} cannot even hold every amount of satoshis there can be.
 */
public interface SatoshiSum {

    /**
     * The total of {@code amounts}, in satoshis; 0 for no amounts.
     *
     * @throws IllegalArgumentException if an amount is negative, naming it
     * @throws ArithmeticException if the total is too large for a {@code long}, rather than a wrong total
     */
    long sum(long[] amounts);
}
