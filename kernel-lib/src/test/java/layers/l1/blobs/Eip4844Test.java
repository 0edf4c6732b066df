package layers.l1.blobs;

import java.math.BigInteger;
import layers.l1.fees.Wei;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * EIP-4844's helpers against the results of the EIP's own reference code ({@code fake_exponential},
 * {@code calc_excess_blob_gas}, {@code get_base_fee_per_blob_gas}), transcribed by hand.
 */
class Eip4844Test {

    @Test
    void theConstantsAreTheEips() {
        assertEquals(131_072, Eip4844.GAS_PER_BLOB);
        assertEquals(4096, Eip4844.FIELD_ELEMENTS_PER_BLOB);
        assertEquals(32, Eip4844.BYTES_PER_FIELD_ELEMENT);
        assertEquals(131_072, Eip4844.BYTES_PER_BLOB);
        assertEquals(Wei.ONE, Eip4844.MIN_BASE_FEE_PER_BLOB_GAS);
        assertEquals(393_216, BlobSchedule.CANCUN.targetBlobGasPerBlock(), "EIP-4844: TARGET_BLOB_GAS_PER_BLOCK");
        assertEquals(786_432, BlobSchedule.CANCUN.maxBlobGasPerBlock(), "EIP-4844: MAX_BLOB_GAS_PER_BLOCK");
        assertEquals(3_338_477, BlobSchedule.CANCUN.baseFeeUpdateFraction());
        assertEquals(786_432, BlobSchedule.PRAGUE.targetBlobGasPerBlock(), "EIP-7691: TARGET_BLOB_GAS_PER_BLOCK");
        assertEquals(1_179_648, BlobSchedule.PRAGUE.maxBlobGasPerBlock(), "EIP-7691: MAX_BLOB_GAS_PER_BLOCK");
        assertEquals(5_007_716, BlobSchedule.PRAGUE.baseFeeUpdateFraction());
        assertEquals(8_346_193, BlobSchedule.BPO1.baseFeeUpdateFraction());
        assertEquals(11_684_671, BlobSchedule.BPO2.baseFeeUpdateFraction());
    }

    @ParameterizedTest(name = "fake_exponential({0}, {1}, {2}) = {3}")
    @CsvSource({
            "1, 0, 1, 1",
            "38493, 0, 1000, 38493",
            "0, 1234, 2345, 0",
            "1, 2, 1, 6",          // e^2 ≈ 7.39
            "1, 4, 2, 6",
            "1, 3, 1, 16",         // e^3 ≈ 20.09
            "1, 6, 2, 18",
            "1, 4, 1, 49",         // e^4 ≈ 54.60
            "1, 8, 2, 50",
            "10, 8, 2, 542",       // 10 e^4 ≈ 545.98
            "11, 8, 2, 596",
            "1, 5, 1, 136",        // e^5 ≈ 148.41
            "1, 5, 2, 11",         // e^2.5 ≈ 12.18
            "2, 5, 2, 23",
            "1, 50000000, 2225652, 5709098764",
            "1, 380928, 3338477, 1",
            "1, 33384770, 3338477, 22026",   // e^10 ≈ 22026.47
    })
    void fakeExponentialMatchesTheReferenceCode(long factor, long numerator, long denominator, String expected) {
        assertEquals(new BigInteger(expected), Eip4844.fakeExponential(factor, numerator, denominator));
    }

    @Test
    void fakeExponentialRejectsNegativeInputs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Eip4844.fakeExponential(1, -1, 1));
        assertTrue(e.getMessage().contains("numerator >= 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Eip4844.fakeExponential(1, 1, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'no excess, no blobs', 0, 0, 0",
            "'no excess, under target', 0, 2, 0",
            "'no excess, exactly the target', 0, 3, 0",
            "'no excess, one over target', 0, 4, 131072",
            "'no excess, full block', 0, 6, 393216",
            "'excess 1, one over target', 1, 4, 131073",
            "'excess 1, two over target', 1, 5, 262145",
            "'excess just under the target, no blobs: floored at 0', 393215, 0, 0",
            "'excess exactly the target, no blobs', 393216, 0, 0",
            "'excess above the target, no blobs: one target less', 500000, 0, 106784",
            "'excess 1000000 and 2 blobs', 1000000, 2, 868928",
    })
    void calcExcessBlobGasFollowsTheRule(String description, long parentExcess, int parentBlobs, long expected) {
        BlobHeader parent = BlobHeader.of(parentExcess, parentBlobs * Eip4844.GAS_PER_BLOB);
        assertEquals(expected, Eip4844.calcExcessBlobGas(parent, BlobSchedule.CANCUN), description);
    }

    @Test
    void pragueSubtractsItsLargerTarget() {
        assertEquals(0, Eip4844.calcExcessBlobGas(BlobHeader.of(0, 6 * Eip4844.GAS_PER_BLOB), BlobSchedule.PRAGUE));
        assertEquals(3 * Eip4844.GAS_PER_BLOB,
                Eip4844.calcExcessBlobGas(BlobHeader.of(0, 9 * Eip4844.GAS_PER_BLOB), BlobSchedule.PRAGUE));
    }

    @ParameterizedTest(name = "{0}: the first excess above 1 wei is {1}")
    @CsvSource({"cancun, 2314058", "prague, 3471087", "bpo1, 5785142", "bpo2, 8099199"})
    void theBlobBaseFeeLeavesItsMinimumAtAnExactExcess(String fork, long firstExcess) {
        BlobSchedule schedule = BlobSchedule.mainnet().stream().filter(s -> s.fork().equals(fork)).findFirst()
                .orElseThrow();
        assertEquals(Wei.ONE, Eip4844.getBaseFeePerBlobGas(firstExcess - 1, schedule));
        assertEquals(Wei.of(2), Eip4844.getBaseFeePerBlobGas(firstExcess, schedule));
    }

    @Test
    void aFullCancunBlockRaisesTheFeeByAnEighth() {
        // 10^9 · e^(393216/3338477) ≈ 1.125 · 10^9: EIP-4844's "+12.5% per full block"
        assertEquals(new BigInteger("1125000014"), Eip4844.fakeExponential(1_000_000_000L, 393_216, 3_338_477));
        // EIP-7691: with Prague's fraction, a full block (+3 blobs) raises it ~8.2%, an empty one (-6) lowers ~14.5%
        assertEquals(new BigInteger("1081687178"), Eip4844.fakeExponential(1_000_000_000L, 3 * 131_072, 5_007_716));
        assertEquals(new BigInteger("1170047152"), Eip4844.fakeExponential(1_000_000_000L, 6 * 131_072, 5_007_716));
    }

    @Test
    void theBlobFeeIsTheBlobGasTimesTheBlobBaseFee() {
        BlobHeader header = BlobHeader.of(33_384_770, 0);   // e^10: 22026 wei per blob gas
        assertEquals(Wei.of(22_026L * 131_072 * 3), Eip4844.calcBlobFee(header, BlobSchedule.CANCUN, 3));
        assertEquals(393_216, Eip4844.getTotalBlobGas(3));
        assertThrows(IllegalArgumentException.class, () -> Eip4844.getTotalBlobGas(-1));
    }
}
