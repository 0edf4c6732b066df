package layers.exercises.settlement;

import layers.l1.pos.Gwei;

/**
 * Exercise {@code settlement.staking-yield}: the base reward and the yield it gives, at a given total stake. Write
 * the three methods yourself (not with {@code EthereumIssuance}), then grade them:
 * {@code ./course grade settlement.staking-yield}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Start with the square root: everything else is one line of integer arithmetic on top of it.</li>
 *   <li>{@code (long) Math.sqrt(n)} can be off by one for large {@code n} (a {@code double} has 53 bits): correct it
 *       up or down until {@code x * x <= n < (x + 1) * (x + 1)}, or use Newton's method in {@code long}s as the
 *       spec does.</li>
 *   <li>Per increment: {@code 64_000_000_000L / integerSquareroot(total.value())}. Annual: {@code perIncrement * 32 *
 *       82_181} Gwei. Yield: {@code 100.0 * annual / 32_000_000_000L}.</li>
 * </ol>
 */
public class MyStakingYield implements StakingYield {

    @Override
    public long integerSquareroot(long n) {
        // BEGIN SOLUTION settlement.staking-yield
        if (n < 0) {
            throw new IllegalArgumentException("no integer square root of a negative number: " + n);
        }
        long x = n;
        long y = x / 2 + x % 2;
        while (y < x) {
            x = y;
            y = (x + n / x) / 2;
        }
        return x;
        // END SOLUTION
    }

    @Override
    public Gwei baseRewardPerIncrement(Gwei totalActiveBalance) {
        // BEGIN SOLUTION settlement.staking-yield
        if (totalActiveBalance.isZero()) {
            throw new IllegalArgumentException("the total active balance must be positive: the reward divides by "
                    + "its root");
        }
        return Gwei.of(1_000_000_000L * 64 / integerSquareroot(totalActiveBalance.value()));
        // END SOLUTION
    }

    @Override
    public double annualYieldPercent(Gwei totalActiveBalance) {
        // BEGIN SOLUTION settlement.staking-yield
        long annualGwei = baseRewardPerIncrement(totalActiveBalance).value() * 32 * 82_181;
        return 100.0 * annualGwei / 32_000_000_000L;
        // END SOLUTION
    }
}
