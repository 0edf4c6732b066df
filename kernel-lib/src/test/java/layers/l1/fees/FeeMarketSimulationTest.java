package layers.l1.fees;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeeMarketSimulationTest {

    /** 300 blocks, 20 tx/s, tripled from block 100 to block 200. */
    private static final FeeMarketConfig CONGESTION = FeeMarketConfig.ethereum().withBlocks(300)
            .withDemand(DemandCurve.constant(20).withSpike(100 * 12, 200 * 12, 3));

    private static final FeeMarketResult EIP_1559 = new FeeMarketSimulation(CONGESTION).run();
    private static final FeeMarketResult FIRST_PRICE =
            new FeeMarketSimulation(CONGESTION.withMechanism(Mechanism.FIRST_PRICE_AUCTION)).run();

    @Test
    void theSameSeedGivesTheSameTables() {
        FeeMarketResult again = new FeeMarketSimulation(CONGESTION).run();
        assertEquals(EIP_1559.blocks().printAll(), again.blocks().printAll());
        assertEquals(EIP_1559.waitingTimes().printAll(), again.waitingTimes().printAll());
        assertEquals(EIP_1559.totalBurnt(), again.totalBurnt());
    }

    @Test
    void anotherSeedGivesAnotherRun() {
        FeeMarketResult other = new FeeMarketSimulation(CONGESTION.withSeed(2)).run();
        assertNotEquals(EIP_1559.blocks().printAll(), other.blocks().printAll());
    }

    @Test
    void everyBaseFeeFollowsTheEip1559RuleFromTheInitialBaseFee() {
        assertEquals(Eip1559.INITIAL_BASE_FEE, EIP_1559.baseFee(0));
        Gas target = CONGESTION.gasTarget();
        for (int b = 0; b + 1 < EIP_1559.blockCount(); b++) {
            assertEquals(Eip1559.expectedBaseFeePerGas(EIP_1559.baseFee(b), EIP_1559.gasUsed(b), target),
                    EIP_1559.baseFee(b + 1), "block " + (b + 1));
        }
    }

    @Test
    void theBurntTotalIsTheSumOfBaseFeeTimesGasUsed() {
        Wei sum = Wei.ZERO;
        for (int b = 0; b < EIP_1559.blockCount(); b++) {
            sum = sum.plus(Eip1559.burnt(EIP_1559.baseFee(b), EIP_1559.gasUsed(b)));
            assertTrue(!EIP_1559.gasUsed(b).isGreaterThan(CONGESTION.gasLimit()), "block " + b + " over the limit");
        }
        assertEquals(sum, EIP_1559.totalBurnt());
        assertTrue(EIP_1559.totalTips().isGreaterThan(Wei.ZERO));
    }

    @Test
    void everyUserIsIncludedAbandonedOrStillWaiting() {
        for (FeeMarketResult r : new FeeMarketResult[] {EIP_1559, FIRST_PRICE}) {
            assertEquals(r.totalArrived(), r.totalIncluded() + r.totalAbandoned() + r.pendingAtEnd(), r.toString());
        }
        assertEquals(EIP_1559.totalArrived(), FIRST_PRICE.totalArrived(), "both mechanisms see the same users");
    }

    @Test
    void congestionRaisesTheBaseFeeTheQueueAndTheWaitAndPricesUsersOut() {
        Table t = EIP_1559.blocks();
        double before = t.where(t.intColumn("block").isBetweenInclusive(80, 99)).doubleColumn("baseFeeGwei").mean();
        double during = t.where(t.intColumn("block").isBetweenInclusive(180, 199)).doubleColumn("baseFeeGwei").mean();
        assertTrue(during > 10 * before, "base fee before " + before + " Gwei, during " + during);
        Table spike = t.where(t.intColumn("block").isBetweenInclusive(150, 199));
        Table calm = t.where(t.intColumn("block").isBetweenInclusive(50, 99));
        assertTrue(spike.intColumn("pending").mean() > 10 * (1 + calm.intColumn("pending").mean()));
        assertTrue(spike.intColumn("pricedOut").sum() > 0);
        assertEquals(0, calm.intColumn("pricedOut").sum(), 1e-9);
        assertTrue(spike.doubleColumn("p90WaitSeconds").mean() > calm.doubleColumn("p90WaitSeconds").mean());
    }

    @Test
    void aFirstPriceAuctionBurnsNothingAndPaysEveryFeeToTheProducer() {
        assertEquals(Wei.ZERO, FIRST_PRICE.totalBurnt());
        assertEquals(Wei.ZERO, FIRST_PRICE.baseFee(150));
        assertTrue(FIRST_PRICE.totalTips().isGreaterThan(EIP_1559.totalTips()));
        Table t = FIRST_PRICE.blocks();
        double calm = t.where(t.intColumn("block").isBetweenInclusive(50, 99)).doubleColumn("medianPriceGwei").mean();
        double spike = t.where(t.intColumn("block").isBetweenInclusive(150, 199)).doubleColumn("medianPriceGwei").mean();
        assertTrue(spike > 5 * calm, "first-price bids rise in congestion: " + calm + " then " + spike);
    }

    @Test
    void waitingTimesAreSummarisedAsPercentilesAndAHistogram() {
        Table w = EIP_1559.waitingTimes(50, 90);
        assertEquals(2, w.rowCount());
        assertTrue(w.doubleColumn("waitSeconds").get(0) <= w.doubleColumn("waitSeconds").get(1));
        Table h = EIP_1559.waitingTimeHistogram(12, 10);
        assertEquals(EIP_1559.totalIncluded(), (long) h.longColumn("count").sum());
        assertTrue(EIP_1559.waitingTimePercentile(50) <= 12, "most users wait less than a block");
    }

    @Test
    void feesCanBeQuotedInDollars() {
        Table usd = EIP_1559.feeInUsd(GasMix.SWAP_GAS, Usd.dollars(3_000));
        assertTrue(usd.rowCount() > 250);
        double calm = usd.where(usd.intColumn("block").isBetweenInclusive(50, 99)).doubleColumn("feeUsd").mean();
        double spike = usd.where(usd.intColumn("block").isBetweenInclusive(180, 199)).doubleColumn("feeUsd").mean();
        assertTrue(spike > calm);
    }
}
