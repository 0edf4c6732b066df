package layers.l2.optimistic;

import layers.l1.fees.Wei;
import layers.l1.network.SimTime;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A liquidity provider's price for paying a withdrawal on L1 now and collecting it from the bridge when the challenge
 * window ends: the cost of its capital over the window ({@code amount × annual rate × window / 365 days}), a risk
 * premium for the chance the withdrawal is never paid (a fraudulent batch, a bug, a reorg of the L2 before it was
 * posted), and a fixed cost (its L1 gas). The user receives {@code amount - fee} at once instead of {@code amount}
 * after the window. All amounts in wei, rounded down; rates in basis points (1 bp = 0.01 %).
 */
public record FastExitQuote(Wei amount, SimTime window, int annualRateBps, int riskPremiumBps, Wei fixedCost,
                            Wei capitalCost, Wei riskPremium, Wei fee) {

    private static final long SECONDS_PER_YEAR = 365L * 24 * 3600;
    private static final long BPS = 10_000;

    public FastExitQuote {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(fixedCost, "fixedCost");
    }

    /**
     * @throws IllegalArgumentException if a rate is negative, or the fee would be more than the amount
     */
    public static FastExitQuote of(Wei amount, SimTime window, int annualRateBps, int riskPremiumBps, Wei fixedCost) {
        if (annualRateBps < 0 || riskPremiumBps < 0) {
            throw new IllegalArgumentException("rates are 0 bp or more, not " + annualRateBps + " and "
                    + riskPremiumBps);
        }
        BigInteger seconds = BigInteger.valueOf(window.micros() / 1_000_000);
        Wei capital = Wei.of(amount.value().multiply(BigInteger.valueOf(annualRateBps)).multiply(seconds)
                .divide(BigInteger.valueOf(BPS).multiply(BigInteger.valueOf(SECONDS_PER_YEAR))));
        Wei risk = Wei.of(amount.value().multiply(BigInteger.valueOf(riskPremiumBps)).divide(BigInteger.valueOf(BPS)));
        Wei fee = capital.plus(risk).plus(fixedCost);
        if (fee.isGreaterThan(amount)) {
            throw new IllegalArgumentException("the fee " + fee.toEtherString() + " exceeds the amount "
                    + amount.toEtherString() + ": too small to exit fast");
        }
        return new FastExitQuote(amount, window, annualRateBps, riskPremiumBps, fixedCost, capital, risk, fee);
    }

    /** What the user receives on L1 at once. */
    public Wei payout() {
        return amount.minus(fee);
    }
}
