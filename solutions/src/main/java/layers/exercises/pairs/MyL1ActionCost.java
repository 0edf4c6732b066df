package layers.exercises.pairs;

/**
 * Exercise {@code pairs.l1-action-usd}: the dollar cost of an action on L1. Write {@link #usd}, then grade it:
 * {@code ./course grade pairs.l1-action-usd}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Wei per gas is the base fee plus the tip (EIP-1559); times gas gives wei.</li>
 *   <li>Divide by 1e18 for ether in {@code double}; 150,000 gas at 100 gwei would overflow a {@code long} only
 *       beyond 9.2e18 wei, but multiply in {@code double} to be safe.</li>
 * </ol>
 */
public class MyL1ActionCost implements L1ActionCost {

    @Override
    public double usd(long gas, long baseFeeWei, long tipWei, double ethUsd) {
        // BEGIN SOLUTION pairs.l1-action-usd
        if (gas < 0 || baseFeeWei < 0 || tipWei < 0) {
            throw new IllegalArgumentException("gas and fees are 0 or more: gas " + gas + ", base fee " + baseFeeWei
                    + ", tip " + tipWei);
        }
        if (!(ethUsd > 0)) {
            throw new IllegalArgumentException("the ether price must be positive, not " + ethUsd);
        }
        return (double) gas * ((double) baseFeeWei + tipWei) / 1e18 * ethUsd;
        // END SOLUTION
    }
}
