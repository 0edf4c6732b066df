package layers.exercises.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.fees.Wei;
import layers.l2.fees.L1Prices;
import layers.l2.fees.L2FeeModel;
import layers.l2.fees.PostingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "capstone.batched-fee",
        title = "The fee of a batched transaction",
        contract = BatchedFee.class,
        statement = """
                Write `fee(posted, txCount, l1BaseFee, l2GasUsed, l2BaseFee)`: L2 execution \
                (`l2GasUsed × l2BaseFee`) plus this transaction's share of posting `posted` as calldata, \
                `(21000 + 16 × non-zero bytes + 4 × zero bytes) × l1BaseFee` (EIP-2028), divided by `txCount` and \
                rounded up to a whole wei. A `txCount` below 1 or a negative `l2GasUsed` is an \
                `IllegalArgumentException`.""",
        hints = {
            "Count the zero bytes of `posted`; the rest are non-zero.",
            "`l1BaseFee.times(gas)` is the batch's L1 cost; work in `BigInteger` (`.value()`) to divide.",
            "Round up: `divideAndRemainder`, and add one wei when the remainder is not zero."
        })
class BatchedFeeTest {

    private final BatchedFee model = Implementation.of(BatchedFee.class);

    static Wei reference(byte[] posted, int n, Wei l1, long gas, Wei l2) {
        return L2FeeModel.perTransaction(posted, n, PostingMode.CALLDATA, new L1Prices(l1, Wei.ONE), gas, l2, Wei.ZERO)
                .total();
    }

    @Test
    @Points(2)
    @DisplayName("three bytes, one transaction: 21000 + 16 + 4 + 16 gas")
    void tiny() {
        byte[] posted = {1, 0, 2};
        assertEquals(Wei.gwei(10).times(21_036).plus(Wei.of(5L * 21_000)),
                model.fee(posted, 1, Wei.gwei(10), 21_000, Wei.of(5)), "[1, 0, 2], 1 tx, 10 gwei, 21000 L2 gas at 5 wei");
    }

    @Test
    @Points(2)
    @DisplayName("a 5,000-byte batch of 100 transactions, a third of its bytes zero, matches L2FeeModel")
    void bigBatch() {
        SplittableRandom rng = new SplittableRandom(7);
        byte[] posted = new byte[5_000];
        for (int i = 0; i < posted.length; i++) {
            posted[i] = rng.nextInt(3) == 0 ? 0 : (byte) (1 + rng.nextInt(255));
        }
        assertEquals(reference(posted, 100, Wei.gwei(30), 55_500, Wei.of(10_000_000L)),
                model.fee(posted, 100, Wei.gwei(30), 55_500, Wei.of(10_000_000L)), "5,000-byte batch at 30 gwei");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("the share is rounded up, and bad counts are refused")
    void roundsUp() {
        byte[] posted = {9};
        // (21000 + 16) × 1 wei = 21016 wei over 3 transactions: 7005.33 rounds up to 7006.
        assertEquals(Wei.of(7_006), model.fee(posted, 3, Wei.ONE, 0, Wei.ZERO), "21016 wei over 3 transactions");
        assertEquals(reference(new byte[64], 7, Wei.gwei(13), 1, Wei.ONE),
                model.fee(new byte[64], 7, Wei.gwei(13), 1, Wei.ONE), "64 zero bytes over 7 transactions");
        assertThrows(IllegalArgumentException.class, () -> model.fee(posted, 0, Wei.ONE, 0, Wei.ZERO), "txCount 0");
        assertThrows(IllegalArgumentException.class, () -> model.fee(posted, 1, Wei.ONE, -1, Wei.ZERO), "gas -1");
    }
}
