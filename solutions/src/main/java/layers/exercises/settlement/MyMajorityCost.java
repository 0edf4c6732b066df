package layers.exercises.settlement;

import layers.l1.fees.Usd;

/**
 * Exercise {@code settlement.attack-cost}: the price of a majority under proof of work and under proof of stake.
 * Write the three methods yourself (not with {@code AttackCost}), then grade them:
 * {@code ./course grade settlement.attack-cost}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Start from {@code a / (honest + a) = n / d} and solve for the attacker's {@code a}.</li>
 *   <li>{@code Usd.times(numerator, denominator)} multiplies and divides exactly, rounding down to the cent: one call,
 *       with {@code honest × n × hours} over {@code 24 × (d − n)}. No {@code double} for money.</li>
 *   <li>Rounding up in integers: {@code top / bottom + (top % bottom == 0 ? 0 : 1)}. Then
 *       {@code pricePerEther.times(stake)}.</li>
 * </ol>
 */
public class MyMajorityCost implements MajorityCost {

    @Override
    public Usd proofOfWorkCost(long honestHashRate, Usd hashpricePerUnitDay, long hours, long numerator,
                               long denominator) {
        // BEGIN SOLUTION settlement.attack-cost
        checkShare(numerator, denominator);
        if (honestHashRate < 0 || hours < 0) {
            throw new IllegalArgumentException("hash rate and hours cannot be negative: " + honestHashRate + ", "
                    + hours);
        }
        long top = Math.multiplyExact(Math.multiplyExact(honestHashRate, numerator), hours);
        long bottom = Math.multiplyExact(24L, denominator - numerator);
        return hashpricePerUnitDay.times(top, bottom);
        // END SOLUTION
    }

    @Override
    public long stakeFor(long stakedEth, long numerator, long denominator) {
        // BEGIN SOLUTION settlement.attack-cost
        checkShare(numerator, denominator);
        if (stakedEth < 0) {
            throw new IllegalArgumentException("the stake cannot be negative: " + stakedEth);
        }
        long top = Math.multiplyExact(stakedEth, numerator);
        long bottom = denominator - numerator;
        return top / bottom + (top % bottom == 0 ? 0 : 1);
        // END SOLUTION
    }

    @Override
    public Usd proofOfStakeCost(long stakedEth, Usd pricePerEther, long numerator, long denominator) {
        // BEGIN SOLUTION settlement.attack-cost
        return pricePerEther.times(stakeFor(stakedEth, numerator, denominator));
        // END SOLUTION
    }

    // BEGIN SOLUTION settlement.attack-cost stub:
    private static void checkShare(long numerator, long denominator) {
        if (numerator < 1 || denominator <= numerator) {
            throw new IllegalArgumentException("the share must be strictly between 0 and 1, not " + numerator + "/"
                    + denominator);
        }
    }
    // END SOLUTION
}
