package layers.exercises.pairs;

/** What one action costs when done on Ethereum itself. */
public interface L1ActionCost {

    /**
     * {@code gas × (baseFeeWei + tipWei)} wei, in dollars at {@code ethUsd} per ether (10^18 wei).
     *
     * @throws IllegalArgumentException if gas or a fee is negative, or the price is not positive
     */
    double usd(long gas, long baseFeeWei, long tipWei, double ethUsd);
}
