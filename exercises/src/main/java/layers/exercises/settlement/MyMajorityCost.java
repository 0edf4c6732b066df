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
        throw new UnsupportedOperationException("exercise settlement.attack-cost: not written yet — see the hints above");
    }

    @Override
    public long stakeFor(long stakedEth, long numerator, long denominator) {
        throw new UnsupportedOperationException("exercise settlement.attack-cost: not written yet — see the hints above");
    }

    @Override
    public Usd proofOfStakeCost(long stakedEth, Usd pricePerEther, long numerator, long denominator) {
        throw new UnsupportedOperationException("exercise settlement.attack-cost: not written yet — see the hints above");
    }

}
