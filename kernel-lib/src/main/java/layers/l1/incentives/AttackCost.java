package layers.l1.incentives;

import layers.l1.fees.Usd;
import layers.l1.ledger.Amount;
import layers.l1.pos.EconomicFinality;
import layers.l1.pos.Gwei;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What it costs to control a chain, at given prices (inputs with a date, never live data). Under proof of work the
 * attacker must bring more hash power than the honest miners, and pays for it by the hour: priced here at the
 * "hashprice", what a unit of hash power earns a day, which in equilibrium is about what it costs to run. Under proof
 * of stake it must own a share of all the stake, bought once, and a finality violation then burns a third of the
 * stake ({@link EconomicFinality#costToRevertFinalized}).
 *
 * <p>Simplified: buying the hash power or the stake does not move its price, and the hash power is assumed to be
 * available at all (rental markets hold a small fraction of Bitcoin's).
 */
public final class AttackCost {

    /** Bitcoin's hash rate, January 2025 monthly average: 785 EH/s (JPMorgan research, as reported in the press, February 2025). */
    public static final long BITCOIN_HASH_RATE_EHS_JAN_2025 = 785;
    /** Miner revenue per EH/s per day, January 2025: $57,200 (same source). */
    public static final Usd HASHPRICE_PER_EHS_DAY_JAN_2025 = Usd.dollars(57_200);
    /** Bitcoin's price on 6 January 2025: about $99,551 (as reported in the press that day). */
    public static final Usd BITCOIN_PRICE_JAN_2025 = Usd.dollars(99_551);
    /** Ether staked on 31 March 2024: 32,106,931 ETH across 1,003,342 validators (as reported in the press). */
    public static final long ETH_STAKED_MAR_2024 = 32_106_931;
    /** Ether's price implied by the same report ($116 billion for 32.1M ETH): about $3,600. */
    public static final Usd ETHER_PRICE_MAR_2024 = Usd.dollars(3_600);

    private AttackCost() {
    }

    /**
     * The hash power (in the honest power's unit) that gives a share above {@code numerator/denominator} of the
     * total: {@code honest · n / (d - n)}, exactly; the attacker needs a hair more.
     */
    public static double hashRateFor(long honestHashRate, long numerator, long denominator) {
        checkShare(numerator, denominator);
        return honestHashRate * (double) numerator / (denominator - numerator);
    }

    /** The cost of running that hash power for {@code hours}: hash rate × hashprice × hours / 24. */
    public static Usd proofOfWork(long honestHashRate, Usd hashpricePerUnitDay, long hours, long numerator,
                                  long denominator) {
        checkShare(numerator, denominator);
        if (honestHashRate < 0 || hours < 0) {
            throw new IllegalArgumentException("hash rate and hours must be 0 or more, not " + honestHashRate + ", " + hours);
        }
        return hashpricePerUnitDay.times(Math.multiplyExact(Math.multiplyExact(honestHashRate, numerator), hours),
                Math.multiplyExact(24L, denominator - numerator));
    }

    /** The stake (whole ether) that gives a share above {@code numerator/denominator} of all stake once added: {@code staked · n / (d - n)}, rounded up. */
    public static long stakeFor(long stakedEth, long numerator, long denominator) {
        checkShare(numerator, denominator);
        long num = Math.multiplyExact(stakedEth, numerator);
        long den = denominator - numerator;
        return num / den + (num % den == 0 ? 0 : 1);
    }

    /** The price of {@link #stakeFor} at {@code pricePerEther}. */
    public static Usd proofOfStake(long stakedEth, Usd pricePerEther, long numerator, long denominator) {
        return pricePerEther.times(stakeFor(stakedEth, numerator, denominator));
    }

    /** What the honest miners earn an hour, subsidy plus fees, six blocks: the budget an attacker must outspend. */
    public static Usd securityBudgetPerHour(Amount subsidy, Amount feesPerBlock, Usd pricePerBitcoin) {
        return Usd.ofSatoshis(Math.multiplyExact(subsidy.plus(feesPerBlock).satoshis(), 6L), pricePerBitcoin);
    }

    /**
     * Both at the dated defaults, or any inputs: columns {@code chain}, {@code goal}, {@code resource},
     * {@code amount}, {@code costUsd}. Proof of work for {@code hours} hours at more than half; proof of stake at
     * more than a third (stop finality), a half (control the fork choice) and two thirds (finalize at will), and the
     * stake burnt by reverting a finalized block.
     */
    public static Table table(long honestHashRateEhs, Usd hashpricePerEhsDay, long hours, long stakedEth,
                              Usd pricePerEther) {
        StringColumn chain = StringColumn.create("chain");
        StringColumn goal = StringColumn.create("goal");
        StringColumn resource = StringColumn.create("resource");
        DoubleColumn amount = DoubleColumn.create("amount");
        DoubleColumn cost = DoubleColumn.create("costUsd");
        chain.append("proof of work");
        goal.append("> 1/2 of the hash power for " + hours + " h (rewrite history, double spend)");
        resource.append("EH/s");
        amount.append(hashRateFor(honestHashRateEhs, 1, 2));
        cost.append(proofOfWork(honestHashRateEhs, hashpricePerEhsDay, hours, 1, 2).toDollars());
        long[][] shares = {{1, 3}, {1, 2}, {2, 3}};
        String[] goals = {"> 1/3 of the stake (stop finality)", "> 1/2 of the stake (control the fork choice)",
                "> 2/3 of the stake (finalize at will)"};
        for (int i = 0; i < shares.length; i++) {
            chain.append("proof of stake");
            goal.append(goals[i]);
            resource.append("ETH");
            amount.append((double) stakeFor(stakedEth, shares[i][0], shares[i][1]));
            cost.append(proofOfStake(stakedEth, pricePerEther, shares[i][0], shares[i][1]).toDollars());
        }
        Gwei burnt = EconomicFinality.costToRevertFinalized(Gwei.ether(stakedEth));
        chain.append("proof of stake");
        goal.append("revert a finalized block: stake slashed");
        resource.append("ETH");
        amount.append(burnt.toEther());
        cost.append(pricePerEther.times(burnt.value(), Gwei.PER_ETHER).toDollars());
        return Table.create("cost of attack", chain, goal, resource, amount, cost);
    }

    /** {@link #table} at the dated defaults: January 2025 for Bitcoin, March 2024 for Ethereum, one hour. */
    public static Table table() {
        return table(BITCOIN_HASH_RATE_EHS_JAN_2025, HASHPRICE_PER_EHS_DAY_JAN_2025, 1, ETH_STAKED_MAR_2024,
                ETHER_PRICE_MAR_2024);
    }

    private static void checkShare(long numerator, long denominator) {
        if (numerator < 1 || denominator <= numerator) {
            throw new IllegalArgumentException("the share must be between 0 and 1, not " + numerator + "/" + denominator);
        }
    }
}
