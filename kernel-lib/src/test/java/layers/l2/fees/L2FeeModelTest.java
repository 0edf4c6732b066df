package layers.l2.fees;

import java.util.Arrays;
import layers.l1.blobs.BlobEncoding;
import layers.l1.fees.Usd;
import layers.l1.fees.Wei;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The L2 fee, term by term on hand-computed batches, and the EIP-4844 fee drop from the stated inputs. */
class L2FeeModelTest {

    private static final L1Prices PRICES = new L1Prices(Wei.gwei(40), Wei.of(3));

    private static byte[] nonZero(int size) {
        byte[] data = new byte[size];
        Arrays.fill(data, (byte) 0x5A);
        return data;
    }

    @Test
    void calldataCostsTheIntrinsicGasPlusSixteenPerByte() {
        // 21000 + 16 × 1000 = 37000 gas at 40 gwei
        assertEquals(Wei.gwei(40).times(37_000), L2FeeModel.batchPostingCost(nonZero(1000), PostingMode.CALLDATA,
                PRICES));
        // EIP-7623's floor: 21000 + 40 × 1000 = 61000 gas
        assertEquals(Wei.gwei(40).times(61_000), L2FeeModel.batchPostingCost(nonZero(1000),
                PostingMode.CALLDATA_FLOOR, PRICES));
    }

    @Test
    void blobsCostTheCarrierTransactionPlusWholeBlobs() {
        // one blob, however little it holds: 21000 gas at 40 gwei + 131072 blob gas at 3 wei
        Wei oneBlob = Wei.gwei(40).times(21_000).plus(Wei.of(3L * 131_072));
        assertEquals(oneBlob, L2FeeModel.batchPostingCost(nonZero(10), PostingMode.BLOBS, PRICES));
        assertEquals(oneBlob, L2FeeModel.batchPostingCost(nonZero(BlobEncoding.DATA_BYTES_PER_BLOB), PostingMode.BLOBS,
                PRICES));
        Wei twoBlobs = Wei.gwei(40).times(21_000).plus(Wei.of(3L * 2 * 131_072));
        assertEquals(twoBlobs, L2FeeModel.batchPostingCost(nonZero(BlobEncoding.DATA_BYTES_PER_BLOB + 1),
                PostingMode.BLOBS, PRICES));
    }

    @Test
    void theDataShareIsRoundedUp() {
        // 37000 gas × 40 gwei = 1,480,000 gwei among 3: 493,333,333,333,333.33 wei, rounded up
        assertEquals(Wei.of(493_333_333_333_334L), L2FeeModel.l1DataFee(nonZero(1000), 3, PostingMode.CALLDATA,
                PRICES));
        assertThrows(IllegalArgumentException.class, () -> L2FeeModel.l1DataFee(nonZero(1), 0, PostingMode.CALLDATA,
                PRICES));
    }

    @Test
    void theFeeIsExecutionPlusData() {
        L2Fee fee = L2FeeModel.perTransaction(nonZero(1000), 10, PostingMode.CALLDATA, PRICES, 21_000, Wei.gwei(1),
                Wei.ZERO);
        assertEquals(Wei.gwei(21_000), fee.execution());
        assertEquals(Wei.gwei(40).times(3_700), fee.l1Data());
        assertEquals(Wei.gwei(21_000 + 148_000), fee.total());
        assertEquals(Usd.cents(59), fee.totalUsd(Usd.dollars(3_500)), "0.000169 ETH × $3,500 = $0.59");
    }

    @Test
    void biggerBatchesSpreadTheFixedCostThinner() {
        Wei small = L2FeeModel.l1DataFee(nonZero(100), 1, PostingMode.BLOBS, PRICES);
        Wei large = L2FeeModel.l1DataFee(nonZero(100_000), 1_000, PostingMode.BLOBS, PRICES);
        assertTrue(large.value().multiply(java.math.BigInteger.valueOf(900)).compareTo(small.value()) < 0,
                small + " vs " + large);
    }

    @Test
    void theFeeDropOfMarch2024IsAboutAnOrderOfMagnitude() {
        FeeDropScenario scenario = FeeDropScenario.march2024();
        byte[] posted = scenario.postedBatch();
        double before = scenario.before(posted).totalDollars(scenario.ethPrice());
        double after = scenario.after(posted).totalDollars(scenario.ethPrice());
        // the seeds: "$0.10-0.50 per transaction fell to $0.01-0.05"
        assertTrue(before >= 0.10 && before <= 0.50, "before " + before);
        assertTrue(after >= 0.01 && after <= 0.05, "after " + after);
        assertTrue(before / after > 8 && before / after < 30, "ratio " + before / after);
        // the data share alone fell by far more: blobs at 1 wei are almost free, only the carrier transaction costs
        double dataBefore = scenario.before(posted).l1DataDollars(scenario.ethPrice());
        double dataAfter = scenario.after(posted).l1DataDollars(scenario.ethPrice());
        assertTrue(dataBefore / dataAfter > 50, "data share " + dataBefore + " → " + dataAfter);
    }
}
