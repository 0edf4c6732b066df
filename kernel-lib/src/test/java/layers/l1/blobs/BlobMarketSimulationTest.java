package layers.l1.blobs;

import layers.l1.fees.Wei;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulated blob market: seeded, at 1 wei while demand is under the target, and rising once it is over. */
class BlobMarketSimulationTest {

    @Test
    void sameSeedSameMarket() {
        BlobMarketConfig config = BlobMarketConfig.risingDemand(BlobSchedule.CANCUN, 500, 3);
        BlobMarketResult a = BlobMarketSimulation.run(config);
        BlobMarketResult b = BlobMarketSimulation.run(config);
        assertArrayEquals(a.included(), b.included());
        assertEquals(a.baseFeePerBlobGas(), b.baseFeePerBlobGas());
    }

    @Test
    void demandUnderTheTargetLeavesThePriceAtOneWei() {
        BlobMarketConfig config = new BlobMarketConfig(BlobSchedule.CANCUN, 2_000, 1.0, 1.0, Wei.gwei(100),
                Wei.gwei(10), 1);
        BlobMarketResult result = BlobMarketSimulation.run(config);
        assertTrue(result.firstBlockAboveMinimum().isEmpty());
        assertEquals(1.0, result.meanIncluded(0, 2_000), 0.1);
    }

    @Test
    void risingDemandLiftsThePriceOnceItPassesTheTarget() {
        BlobMarketResult result = BlobMarketSimulation.run(BlobMarketConfig.risingDemand(BlobSchedule.CANCUN, 3_000, 5));
        int first = result.firstBlockAboveMinimum().orElseThrow();
        // mean demand crosses the target (3) a third of the way (1.5 → 6 over 3000 blocks)
        assertTrue(result.meanDemand()[first] > 2.5, "left 1 wei at demand " + result.meanDemand()[first]);
        // at the end demand is twice the target, and the price keeps inclusion near the target
        assertEquals(3.0, result.meanIncluded(2_500, 3_000), 0.5);
        // p = R^(1 - target/λ) = (10^11)^(1/2) ≈ 3.2e5 wei at λ = 2·target; within a factor of ten
        double last = result.baseFeePerBlobGas().get(2_999).value().doubleValue();
        assertTrue(last > 3.2e4 && last < 3.2e6, "price at the end " + last);
    }

    @Test
    void theReservePriceKeepsTheBlobFeeOffOneWei() {
        BlobMarketConfig near = new BlobMarketConfig(BlobSchedule.OSAKA, 3_000, 5.0, 5.0, Wei.gwei(100),
                Wei.gwei(1), 8);
        BlobMarketResult osaka = BlobMarketSimulation.run(near);
        BlobMarketResult prague = BlobMarketSimulation.run(near.withSchedule(BlobSchedule.PRAGUE));
        Wei reserve = Eip7918.reservePricePerBlobGas(Wei.gwei(1));
        Wei osakaEnd = osaka.baseFeePerBlobGas().get(2_999);
        assertTrue(osakaEnd.value().doubleValue() > reserve.value().doubleValue() / 10,
                "Osaka ends at " + osakaEnd + ", reserve " + reserve);
        assertTrue(prague.baseFeePerBlobGas().get(2_999).value().doubleValue() < 1_000,
                "Prague stays near 1 wei: " + prague.baseFeePerBlobGas().get(2_999));
    }

    @Test
    void badConfigurationsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BlobMarketConfig(BlobSchedule.CANCUN, 0, 1, 1, Wei.ONE, Wei.ONE, 1));
        assertEquals("blocks must be positive, not 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BlobSchedule("x", 7, 6, 1, false));
    }
}
