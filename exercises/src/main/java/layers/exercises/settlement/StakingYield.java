package layers.exercises.settlement;

import layers.l1.pos.Gwei;

/**
 * Ethereum's issuance to validators as a function of all the stake (consensus-specs, altair {@code beacon-chain.md}):
 * the more ether is staked, the less each validator earns.
 */
public interface StakingYield {

    /**
     * The largest {@code x} with {@code x * x <= n}, exactly for every {@code long}. Source: phase0,
     * {@code integer_squareroot}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    long integerSquareroot(long n);

    /**
     * {@code EFFECTIVE_BALANCE_INCREMENT * BASE_REWARD_FACTOR // integer_squareroot(total_active_balance)}, all in
     * Gwei: {@code 1,000,000,000 × 64 / isqrt(total)}, rounded down. Source: altair,
     * {@code get_base_reward_per_increment}.
     *
     * @throws IllegalArgumentException if the total is zero
     */
    Gwei baseRewardPerIncrement(Gwei totalActiveBalance);

    /**
     * A 32-ETH validator's yearly yield in percent, if it earns its most, one base reward per epoch (32 increments
     * × the base reward per increment) for 82,181 epochs (a year of 365.25 days in 384-second epochs, rounded
     * down): {@code 100 × annual reward in Gwei / 32,000,000,000}.
     *
     * @throws IllegalArgumentException if the total is zero
     */
    double annualYieldPercent(Gwei totalActiveBalance);
}
