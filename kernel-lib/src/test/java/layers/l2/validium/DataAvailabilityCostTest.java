package layers.l2.validium;

import layers.l1.fees.Wei;
import layers.l2.fees.L1Prices;
import layers.l2.fees.PostingMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataAvailabilityCostTest {

    private final L1Prices prices = new L1Prices(Wei.gwei(10), Wei.gwei(1));

    @Test
    void committeeGasIsEcrecoverPlusCalldataPerSignature() {
        assertEquals(3 * (3000 + 65 * 16) + 32 * 16, DataAvailabilityCost.committeeGas(3));
        assertEquals(Wei.gwei(10).times(12_632), DataAvailabilityCost.validiumBatch(3, prices));
    }

    @Test
    void aVolitionCostsBetweenItsTwoSides() {
        Wei rollup = DataAvailabilityCost.volitionPerTx(1000, 500, 12, PostingMode.CALLDATA, 5, prices);
        Wei validium = DataAvailabilityCost.volitionPerTx(0, 500, 12, PostingMode.CALLDATA, 5, prices);
        Wei half = DataAvailabilityCost.volitionPerTx(500, 500, 12, PostingMode.CALLDATA, 5, prices);
        // 6000 non-zero bytes at 16 gas, at 10 gwei, over 500 transactions: 1920 gwei each.
        assertEquals(Wei.gwei(1920), rollup);
        // One whole blob, 131072 blob gas at 1 gwei, over 500 transactions.
        assertEquals(Wei.of(131_072L * 1_000_000_000L / 500),
                DataAvailabilityCost.volitionPerTx(1000, 500, 12, PostingMode.BLOBS, 5, prices));
        // Five signatures: 5 * (3000 + 65 * 16) + 32 * 16 = 20712 gas at 10 gwei, over 500.
        assertEquals(Wei.of(207_120L * 1_000_000_000L / 500), validium);
        assertTrue(validium.isLessThan(half) && half.isLessThan(rollup), validium + " < " + half + " < " + rollup);
        assertThrows(IllegalArgumentException.class, () -> DataAvailabilityCost.rollupBatch(new byte[10],
                PostingMode.CALLDATA_FLOOR, prices));
        assertThrows(IllegalArgumentException.class,
                () -> DataAvailabilityCost.volitionPerTx(1001, 500, 12, PostingMode.CALLDATA, 5, prices));
    }
}
