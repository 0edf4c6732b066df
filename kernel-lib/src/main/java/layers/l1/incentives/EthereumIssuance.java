package layers.l1.incentives;

import layers.l1.pos.Gwei;
import layers.l1.pos.SpecConstants;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

/**
 * Ethereum's issuance to validators: a base reward inversely proportional to the square root of all the stake, so
 * the yield falls as more stake joins while total issuance grows only with its square root. One method per
 * specification function (ethereum/consensus-specs, altair {@code beacon-chain.md}); integer arithmetic as the spec.
 * "On average an optimally performing validator earns one base reward per epoch" (altair, {@code get_base_reward}).
 * Tips and MEV are not issuance and not counted here.
 */
public final class EthereumIssuance {

    /** Source: phase0 preset, Rewards and penalties, {@code BASE_REWARD_FACTOR = 2**6} (64). */
    public static final long BASE_REWARD_FACTOR = 64;
    /** Seconds in an epoch: 32 slots of 12 seconds. */
    public static final long SECONDS_PER_EPOCH = SpecConstants.SLOTS_PER_EPOCH * SpecConstants.SECONDS_PER_SLOT;
    /** Whole epochs in a Julian year: 31,557,600 / 384 = 82,181 (rounded down). */
    public static final long EPOCHS_PER_YEAR = 31_557_600L / SECONDS_PER_EPOCH;

    private EthereumIssuance() {
    }

    /**
     * The largest {@code x} with {@code x² <= n}, by Newton's method. Source: phase0, {@code integer_squareroot}.
     */
    public static long integerSquareroot(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a square root of a negative number: " + n);
        }
        long x = n;
        long y = x / 2 + (x % 2); // (x + 1) // 2 without overflow
        while (y < x) {
            x = y;
            y = (x + n / x) / 2;
        }
        return x;
    }

    /**
     * {@code EFFECTIVE_BALANCE_INCREMENT * BASE_REWARD_FACTOR // integer_squareroot(total_active_balance)}: the base
     * reward of 1 ETH of stake. Source: altair, {@code get_base_reward_per_increment}.
     */
    public static Gwei getBaseRewardPerIncrement(Gwei totalActiveBalance) {
        if (totalActiveBalance.isZero()) {
            throw new IllegalArgumentException("the total active balance must be positive");
        }
        return Gwei.of(SpecConstants.EFFECTIVE_BALANCE_INCREMENT * BASE_REWARD_FACTOR
                / integerSquareroot(totalActiveBalance.value()));
    }

    /** {@code increments * get_base_reward_per_increment(state)}. Source: altair, {@code get_base_reward}. */
    public static Gwei getBaseReward(Gwei effectiveBalance, Gwei totalActiveBalance) {
        long increments = effectiveBalance.value() / SpecConstants.EFFECTIVE_BALANCE_INCREMENT;
        return getBaseRewardPerIncrement(totalActiveBalance).times(increments);
    }

    /** A 32-ETH validator's most issuance in a year: one base reward per epoch. */
    public static Gwei annualRewardPerValidator(Gwei totalActiveBalance) {
        return getBaseReward(Gwei.of(SpecConstants.MAX_EFFECTIVE_BALANCE), totalActiveBalance).times(EPOCHS_PER_YEAR);
    }

    /**
     * For each total stake (in whole ether): {@code totalStakeEth}, {@code baseRewardPerIncrementGwei},
     * {@code annualRewardPerValidatorEth}, {@code yieldPercent}, {@code annualIssuanceEth} (every validator at 32
     * ETH, all optimal: an upper bound).
     */
    public static Table yieldByTotalStake(long... totalStakeEth) {
        LongColumn total = LongColumn.create("totalStakeEth");
        LongColumn perIncrement = LongColumn.create("baseRewardPerIncrementGwei");
        DoubleColumn perValidator = DoubleColumn.create("annualRewardPerValidatorEth");
        DoubleColumn yield = DoubleColumn.create("yieldPercent");
        DoubleColumn issuance = DoubleColumn.create("annualIssuanceEth");
        for (long eth : totalStakeEth) {
            Gwei stake = Gwei.ether(eth);
            Gwei annual = annualRewardPerValidator(stake);
            long validators = stake.value() / SpecConstants.MAX_EFFECTIVE_BALANCE;
            total.append(eth);
            perIncrement.append(getBaseRewardPerIncrement(stake).value());
            perValidator.append(annual.toEther());
            yield.append(100.0 * annual.value() / SpecConstants.MAX_EFFECTIVE_BALANCE);
            issuance.append(annual.toEther() * validators);
        }
        return Table.create("Ethereum issuance by total stake", total, perIncrement, perValidator, yield, issuance);
    }
}
