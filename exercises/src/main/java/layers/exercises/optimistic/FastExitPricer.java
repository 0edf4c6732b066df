package layers.exercises.optimistic;

import layers.l1.fees.Wei;
import layers.l1.network.SimTime;

/** Prices a fast exit: a liquidity provider pays a withdrawal on L1 now and waits out the window itself. */
public interface FastExitPricer {

    /**
     * The liquidity provider's fee, in wei: the cost of its capital over the window,
     * {@code floor(amount × annualRateBps × windowSeconds / (10,000 × 31,536,000))} (a 365-day year, whole seconds of
     * the window), plus the risk premium {@code floor(amount × riskPremiumBps / 10,000)}, plus its L1 gas
     * {@code gasCost}.
     *
     * @throws IllegalArgumentException if a rate is negative, or the fee is more than the amount
     */
    Wei fee(Wei amount, SimTime window, int annualRateBps, int riskPremiumBps, Wei gasCost);
}
