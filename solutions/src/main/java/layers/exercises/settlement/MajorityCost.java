package layers.exercises.settlement;

import layers.l1.fees.Usd;

/**
 * What a share of a chain's security costs, at prices given as inputs: hash power rented by the hour under proof of
 * work, stake bought once under proof of stake. Shares are fractions {@code numerator / denominator} of the total
 * once the attacker has joined.
 */
public interface MajorityCost {

    /**
     * The cost of adding the hash power that gives the attacker {@code numerator/denominator} of the total (the
     * honest rate × n / (d − n)) for {@code hours}, at {@code hashpricePerUnitDay} (what one unit of hash rate, in
     * the same unit as {@code honestHashRate}, earns or costs a day):
     * hashprice × honest × n × hours / (24 × (d − n)), rounded down to the cent once, at the end.
     *
     * @throws IllegalArgumentException if the share is not strictly between 0 and 1 or a count is negative
     */
    Usd proofOfWorkCost(long honestHashRate, Usd hashpricePerUnitDay, long hours, long numerator, long denominator);

    /**
     * The least whole ether that gives the attacker at least {@code numerator/denominator} of all the stake once it
     * is added to {@code stakedEth}: {@code stakedEth × n / (d − n)}, rounded up.
     *
     * @throws IllegalArgumentException if the share is not strictly between 0 and 1 or the stake is negative
     */
    long stakeFor(long stakedEth, long numerator, long denominator);

    /**
     * {@link #stakeFor} at {@code pricePerEther}.
     *
     * @throws IllegalArgumentException as {@link #stakeFor}
     */
    Usd proofOfStakeCost(long stakedEth, Usd pricePerEther, long numerator, long denominator);
}
