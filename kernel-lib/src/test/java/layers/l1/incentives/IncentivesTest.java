package layers.l1.incentives;

import layers.l1.block.ChainParams;
import layers.l1.fees.Usd;
import layers.l1.ledger.Amount;
import layers.l1.pos.Gwei;
import layers.l1.network.SimRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncentivesTest {

    // --- Bitcoin ---

    @Test
    void theSubsidyAddsUpToJustUnder21MillionBitcoin() {
        assertEquals(Amount.sats(2_099_999_997_690_000L), BitcoinRewards.totalSupply(ChainParams.easy()));
    }

    @Test
    void aMinerEarnsTheSubsidyPlusFees() {
        // height 840,000: the fourth halving, 3.125 BTC
        assertEquals(Amount.sats(312_500_000 + 20_000_000),
                BitcoinRewards.minerRevenue(ChainParams.easy(), 840_000, Amount.sats(20_000_000)));
        Table t = BitcoinRewards.subsidySchedule(ChainParams.easy(), 5, Amount.sats(20_000_000));
        assertEquals(312_500_000, t.longColumn("subsidySats").get(4));
        assertEquals(20.0 / 332.5, t.doubleColumn("feeShare").get(4), 1e-12);
        assertEquals(0.5, t.doubleColumn("shareOfFinalSupply").get(0), 1e-9);
    }

    // --- Ethereum ---

    @Test
    void integerSquarerootIsTheFloorOfTheRoot() {
        long[][] cases = {{0, 0}, {1, 1}, {2, 1}, {3, 1}, {4, 2}, {15, 3}, {16, 4}, {17, 4},
                {Long.MAX_VALUE, 3_037_000_499L}};
        for (long[] c : cases) {
            assertEquals(c[1], EthereumIssuance.integerSquareroot(c[0]), "isqrt " + c[0]);
        }
        SimRandom r = new SimRandom(4);
        for (int i = 0; i < 10_000; i++) {
            long n = r.nextLong() >>> 1;
            long x = EthereumIssuance.integerSquareroot(n);
            assertTrue(Math.multiplyHigh(x, x) == 0 && x * x <= n, "too big for " + n);
            long y = x + 1;
            assertTrue(Math.multiplyHigh(y, y) != 0 || y * y > n || y * y < 0, "too small for " + n);
        }
        assertThrows(IllegalArgumentException.class, () -> EthereumIssuance.integerSquareroot(-1));
    }

    @Test
    void theBaseRewardFollowsTheSpec() {
        // isqrt(32,000,000 ETH in Gwei = 3.2e16) = 178,885,438; 64e9 / that = 357.77
        assertEquals(Gwei.of(357), EthereumIssuance.getBaseRewardPerIncrement(Gwei.ether(32_000_000)));
        assertEquals(Gwei.of(32 * 357), EthereumIssuance.getBaseReward(Gwei.ether(32), Gwei.ether(32_000_000)));
        assertEquals(Gwei.of(31 * 357), EthereumIssuance.getBaseReward(Gwei.of(31_999_999_999L), Gwei.ether(32_000_000)),
                "only whole increments count");
    }

    @Test
    void atThirtyFourMillionEtherAValidatorEarnsAboutTwoPointEightFivePercent() {
        // 64e9 / isqrt(3.4e16 = 184,390,889) = 347; 32 · 347 Gwei an epoch, 82,181 epochs a year
        assertEquals(82_181, EthereumIssuance.EPOCHS_PER_YEAR);
        assertEquals(Gwei.of(912_537_824L), EthereumIssuance.annualRewardPerValidator(Gwei.ether(34_000_000)));
        Table t = EthereumIssuance.yieldByTotalStake(10_000_000, 34_000_000, 100_000_000);
        assertEquals(100.0 * 912_537_824L / 32e9, t.doubleColumn("yieldPercent").get(1), 1e-9);
        assertTrue(t.doubleColumn("yieldPercent").get(0) > t.doubleColumn("yieldPercent").get(2), "more stake, less yield");
        assertTrue(t.doubleColumn("annualIssuanceEth").get(0) < t.doubleColumn("annualIssuanceEth").get(2),
                "but more issuance in all");
    }

    // --- attack costs ---

    @Test
    void anHourOfMajorityHashPowerAtJanuary2025Prices() {
        // 785 EH/s · $57,200 per EH/s a day / 24 = $1,870,916.66
        assertEquals(Usd.cents(187_091_666), AttackCost.proofOfWork(785, Usd.dollars(57_200), 1, 1, 2));
        assertEquals(392.5, AttackCost.hashRateFor(785, 1, 3), 1e-12);
        // the same order as what honest miners earn an hour: 6 · 3.125 BTC · $99,551 = $1,866,581.25
        assertEquals(Usd.cents(186_658_125), AttackCost.securityBudgetPerHour(Amount.sats(312_500_000), Amount.ZERO,
                AttackCost.BITCOIN_PRICE_JAN_2025));
    }

    @Test
    void stakeSharesOfTheResultingTotal() {
        assertEquals(16_053_466, AttackCost.stakeFor(32_106_931, 1, 3), "half of the honest stake, rounded up");
        assertEquals(32_106_931, AttackCost.stakeFor(32_106_931, 1, 2));
        assertEquals(64_213_862, AttackCost.stakeFor(32_106_931, 2, 3));
        assertEquals(Usd.dollars(3_600L * 16_053_466), AttackCost.proofOfStake(32_106_931, Usd.dollars(3_600), 1, 3));
        Table t = AttackCost.table();
        assertEquals(5, t.rowCount());
        assertTrue(t.doubleColumn("costUsd").get(3) > t.doubleColumn("costUsd").get(0) * 1_000,
                "buying two thirds of the stake costs far more than an hour of hash power");
        assertThrows(IllegalArgumentException.class, () -> AttackCost.stakeFor(1, 2, 2));
    }
}
