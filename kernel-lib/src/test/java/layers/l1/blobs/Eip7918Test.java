package layers.l1.blobs;

import layers.l1.fees.Wei;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EIP-7918's reserve price: each branch of its calc_excess_blob_gas, computed by hand. */
class Eip7918Test {

    private static final long G = Eip4844.GAS_PER_BLOB;

    @Test
    void theConstantIsTheEips() {
        assertEquals(8192, Eip7918.BLOB_BASE_COST);
        assertEquals(Wei.of(62_500_000), Eip7918.reservePricePerBlobGas(Wei.gwei(1)), "1/16 of the base fee");
    }

    @Test
    void belowTheTargetTheExcessIsStillZero() {
        BlobHeader parent = new BlobHeader(0, 5 * G, Wei.gwei(10));
        assertEquals(0, Eip7918.calcExcessBlobGas(parent, BlobSchedule.OSAKA));
    }

    @Test
    void belowTheReservePriceTheExcessRisesWithTheBlobsUsed() {
        // 1 wei per blob gas × 131072 < 8192 × 1 gwei: below the reserve price
        BlobHeader parent = new BlobHeader(1_000_000, 6 * G, Wei.gwei(1));
        assertTrue(Eip7918.isBelowReservePrice(parent, BlobSchedule.OSAKA));
        // excess + blob_gas_used * (max - target) // max = 1000000 + 786432 * 3 // 9
        assertEquals(1_000_000 + 262_144, Eip7918.calcExcessBlobGas(parent, BlobSchedule.OSAKA));
        // Prague, without EIP-7918, would subtract the target
        assertEquals(1_000_000, Eip4844.calcExcessBlobGas(parent, BlobSchedule.PRAGUE));
        // bpo1: (15 - 10) / 15 of the blob gas used
        BlobHeader bpo = new BlobHeader(1_000_000, 15 * G, Wei.gwei(1));
        assertEquals(1_000_000 + 15 * G * 5 / 15, Eip7918.calcExcessBlobGas(bpo, BlobSchedule.BPO1));
    }

    @Test
    void aboveTheReservePriceEip4844sRuleApplies() {
        BlobHeader parent = new BlobHeader(1_000_000, 6 * G, Wei.ZERO);
        assertFalse(Eip7918.isBelowReservePrice(parent, BlobSchedule.OSAKA));
        assertEquals(1_000_000, Eip7918.calcExcessBlobGas(parent, BlobSchedule.OSAKA));
        assertEquals(1_000_000, BlobSchedule.OSAKA.calcExcessBlobGas(parent));
    }

    @Test
    void exactlyAtTheReservePriceIsNotBelowIt() {
        // blob base fee at excess 33384770 (Cancun fraction) is 22026 wei; 22026 × 131072 = 8192 × 352416
        BlobSchedule fast = new BlobSchedule("test", 3, 6, 3_338_477, true);
        BlobHeader at = new BlobHeader(33_384_770, 3 * G, Wei.of(352_416));
        assertFalse(Eip7918.isBelowReservePrice(at, fast), "'>' in the EIP: equality is not below");
        BlobHeader above = new BlobHeader(33_384_770, 3 * G, Wei.of(352_417));
        assertTrue(Eip7918.isBelowReservePrice(above, fast));
    }
}
