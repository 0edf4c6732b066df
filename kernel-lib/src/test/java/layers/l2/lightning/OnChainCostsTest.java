package layers.l2.lightning;

import layers.l2.channels.Bolt3Fees;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OnChainCostsTest {

    @Test
    void weightsFromTheSerialization() {
        assertEquals(272, OnChainCosts.P2WPKH_INPUT_WEIGHT);   // the familiar 68 vbytes
        assertEquals(141, OnChainCosts.paymentVbytes());       // 10.5 + 68 + 2 × 31, rounded up
        assertEquals(153, OnChainCosts.fundingVbytes());       // 10.5 + 68 + 43 + 31
        assertEquals(676, Bolt3Fees.closingWeight());
        assertEquals(169, OnChainCosts.closingVbytes());
        assertEquals(77, OnChainCosts.ToLocalScriptSize.BYTES);
    }

    @Test
    void amortisationDividesOpenAndClose() {
        assertEquals(322.0, OnChainCosts.amortizedVbytes(1));
        assertEquals(0.322, OnChainCosts.amortizedVbytes(1_000), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> OnChainCosts.amortizedVbytes(0));
    }

    @Test
    void coffee() {
        CoffeeComparison c = CoffeeComparison.defaults().withLightningFee(100, 3);
        assertEquals(6_667, c.coffeeSats());
        assertEquals(600.0, c.l1LatencySeconds());
        assertEquals(10 * 141 * 60_000 / 1e8, c.l1FeeUsd(), 1e-12);  // $0.846
        assertEquals(0.9, c.lightningLatencySeconds(), 1e-12);
        assertEquals(0.1 / 1e8 * 60_000, c.lightningFeeUsd(), 1e-15);  // $0.00006
        assertEquals(604_800.0, c.l1PaymentsPerDay());
        assertEquals(483 / 0.9, c.lightningPaymentsPerSecondPerChannel(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> c.withLightningFee(0, 0));
    }
}
