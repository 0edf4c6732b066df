package layers.l2.bridge;

import layers.l1.fees.Wei;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Objects;

/**
 * One way to move funds from one L2 to another, with its delay and cost. The seeds: "Each L2 can have isolated
 * liquidity unless bridged". Through L1 the funds wait out the source rollup's withdrawal delay (an optimistic
 * rollup's challenge window, a ZK rollup's proof) and pay L1 gas for the withdrawal and the new deposit. A
 * liquidity provider instead pays the user at once on the destination from its own funds and is repaid later
 * through the slow route; it charges a fee for fronting the money. Every number here is an input.
 *
 * @param name  what the route is
 * @param delay until the funds are spendable on the destination L2
 * @param cost  everything the user pays
 */
public record LiquidityRoute(String name, Duration delay, Wei cost) {

    public LiquidityRoute {
        Objects.requireNonNull(name, "name");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a route's delay cannot be negative: " + delay);
        }
    }

    /**
     * Through L1: withdraw from the source (wait {@code withdrawalDelay}; pay {@code l1GasToWithdraw} on L1, e.g. an
     * optimistic rollup's proving and finalizing transactions), then deposit into the destination
     * ({@code l1GasToDeposit}) and wait {@code depositDelay} for it to be included there.
     */
    public static LiquidityRoute viaL1(String name, Duration withdrawalDelay, long l1GasToWithdraw,
                                       long l1GasToDeposit, Duration depositDelay, Wei l1BaseFee) {
        if (l1GasToWithdraw < 0 || l1GasToDeposit < 0) {
            throw new IllegalArgumentException("gas cannot be negative: " + l1GasToWithdraw + ", " + l1GasToDeposit);
        }
        return new LiquidityRoute(name, withdrawalDelay.plus(depositDelay),
                l1BaseFee.times(Math.addExact(l1GasToWithdraw, l1GasToDeposit)));
    }

    /**
     * A liquidity provider's bridge: the user pays {@code feeBasisPoints} of {@code amount} and waits
     * {@code fillTime}.
     *
     * @throws IllegalArgumentException if the fee is outside 0..10,000 basis points
     */
    public static LiquidityRoute liquidityProvider(String name, Wei amount, int feeBasisPoints, Duration fillTime) {
        if (feeBasisPoints < 0 || feeBasisPoints > 10_000) {
            throw new IllegalArgumentException("a fee is 0..10000 basis points, not " + feeBasisPoints);
        }
        return new LiquidityRoute(name, fillTime, Wei.of(amount.value().multiply(BigInteger.valueOf(feeBasisPoints))
                .divide(BigInteger.valueOf(10_000))));
    }

    /**
     * The least fee, in basis points, at which fronting money for {@code repaidAfter} earns the provider
     * {@code annualReturnBasisPoints} a year (simple interest): {@code annual × days / 365}, rounded up.
     */
    public static long breakEvenFeeBasisPoints(long annualReturnBasisPoints, Duration repaidAfter) {
        if (annualReturnBasisPoints < 0) {
            throw new IllegalArgumentException("a return cannot be negative: " + annualReturnBasisPoints);
        }
        long seconds = repaidAfter.getSeconds();
        long yearSeconds = 365L * 24 * 3600;
        return (annualReturnBasisPoints * seconds + yearSeconds - 1) / yearSeconds;
    }
}
