package layers.l1.blobs;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** EIP-2028's calldata prices and EIP-7623's floor, on small hand-counted examples. */
class CalldataGasTest {

    private static final byte[] FIVE_AND_FIVE = {0, 0, 0, 0, 0, 1, 2, 3, 4, 5};

    @Test
    void theConstantsAreTheEips() {
        assertEquals(21_000, CalldataGas.TX_BASE_COST);
        assertEquals(4, CalldataGas.TX_DATA_ZERO_GAS);
        assertEquals(16, CalldataGas.TX_DATA_NON_ZERO_GAS);
        assertEquals(4, CalldataGas.STANDARD_TOKEN_COST);
        assertEquals(10, CalldataGas.TOTAL_COST_FLOOR_PER_TOKEN);
    }

    @Test
    void eip2028CountsZeroAndNonZeroBytes() {
        assertEquals(5 * 4 + 5 * 16, CalldataGas.dataGas(FIVE_AND_FIVE));
        assertEquals(21_100, CalldataGas.gasUsedEip2028(FIVE_AND_FIVE, 0));
        assertEquals(0, CalldataGas.dataGas(new byte[0]));
    }

    @Test
    void eip7623TokensAreZeroBytesPlusFourPerNonZero() {
        assertEquals(5 + 5 * 4, CalldataGas.tokensInCalldata(FIVE_AND_FIVE));
    }

    @Test
    void theFloorBindsForDataOnlyTransactions() {
        // standard: 21000 + 4 × 25 = 21100; floor: 21000 + 10 × 25 = 21250
        assertEquals(21_250, CalldataGas.gasUsedEip7623(FIVE_AND_FIVE, 0));
        // enough execution and the standard cost is higher: 21000 + 100 + 200
        assertEquals(21_300, CalldataGas.gasUsedEip7623(FIVE_AND_FIVE, 200));
        // the break-even: execution 150 makes both 250
        assertEquals(21_250, CalldataGas.gasUsedEip7623(FIVE_AND_FIVE, 150));
    }

    @Test
    void aDataOnlyByteCostsTwoAndAHalfTimesMoreUnderTheFloor() {
        byte[] nonZero = new byte[1000];
        java.util.Arrays.fill(nonZero, (byte) 7);
        assertEquals(21_000 + 16_000, CalldataGas.gasUsedEip2028(nonZero, 0));
        assertEquals(21_000 + 40_000, CalldataGas.gasUsedEip7623(nonZero, 0));
        assertThrows(IllegalArgumentException.class, () -> CalldataGas.gasUsedEip7623(nonZero, -1));
    }
}
