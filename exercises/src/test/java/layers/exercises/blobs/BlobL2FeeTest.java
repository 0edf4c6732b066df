package layers.exercises.blobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.fees.Wei;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "blobs.l2-fee",
        title = "An L2 transaction's fee with its batch in blobs",
        contract = BlobL2Fee.class,
        statement = """
                After EIP-4844 an L2 transaction pays its L2 execution, `l2GasUsed * l2GasPrice`, plus its share \
                of the blob transaction that posted its batch: `21_000 * l1BaseFee + blobs * 131_072 * \
                blobBaseFee`, divided among the batch's `txCount` transactions and rounded **up** to the wei. Write \
                `feePerTx(l2GasUsed, l2GasPrice, blobs, l1BaseFee, blobBaseFee, txCount)`. With 55,500 L2 gas at \
                0.05 gwei, one blob at 1 wei, 40 gwei on L1 and 1,000 transactions, the fee is 2,775 gwei of \
                execution plus 840.000000132 gwei of data (840,000 gwei and 131,072 wei, shared by 1,000 and rounded up). A `txCount` or `blobs` below 1, or negative gas, is an \
                `IllegalArgumentException`.""",
        hints = {
            "The blob transaction costs `l1BaseFee.times(21_000).plus(blobBaseFee.times(131_072L * blobs))`.",
            "Its share per transaction is rounded up: `divideAndRemainder` on the `BigInteger` values.",
            "Add the execution part, `l2GasPrice.times(l2GasUsed)`."
        })
class BlobL2FeeTest {

    private final BlobL2Fee fee = Implementation.of(BlobL2Fee.class);

    @Test
    @Points(2)
    @DisplayName("the March 2024 example")
    void march2024() {
        // 2,775 gwei + (840,000 gwei + 131,072 wei) / 1000, rounded up: 2,775,000,000,000 + 840,000,000,132 wei
        assertEquals(Wei.of(3_615_000_000_132L), fee.feePerTx(55_500, Wei.of(50_000_000L), 1, Wei.gwei(40), Wei.ONE,
                1_000), "feePerTx(55500, 0.05 gwei, 1 blob, 40 gwei, 1 wei, 1000)");
    }

    @Test
    @Points(1)
    @DisplayName("more blobs cost more blob gas")
    void moreBlobs() {
        assertEquals(Wei.of(21_000L * 10 + 3L * 131_072 * 7), fee.feePerTx(0, Wei.ZERO, 3, Wei.of(10), Wei.of(7), 1),
                "feePerTx(0, 0, 3 blobs, 10 wei, 7 wei, 1)");
    }

    @Test
    @Points(1)
    @DisplayName("rejects a batch without transactions")
    void rejectsEmpty() {
        assertThrows(IllegalArgumentException.class, () -> fee.feePerTx(1, Wei.ONE, 1, Wei.ONE, Wei.ONE, 0),
                "feePerTx(..., txCount 0)");
    }
}
