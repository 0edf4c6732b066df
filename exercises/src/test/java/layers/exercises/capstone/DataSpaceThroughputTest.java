package layers.exercises.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.blobs.BlobEncoding;
import layers.l1.blobs.BlobSchedule;
import layers.l2.compare.SystemProfiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "capstone.data-tps",
        title = "An L2's throughput from L1 data space",
        contract = DataSpaceThroughput.class,
        statement = """
                Write `tps(bytesPerL1Block, compressedBytesPerTx, l1BlockSeconds)`: how many transactions per second \
                fit when every L1 block carries `bytesPerL1Block` bytes of the L2's data, each transaction takes \
                `compressedBytesPerTx` bytes, and a block comes every `l1BlockSeconds`. An argument that is not \
                positive is an `IllegalArgumentException` naming it.""",
        hints = {
            "Transactions per block: bytes per block over bytes per transaction.",
            "Per second: divide by the block interval.",
            "Check each argument on its own so the message can name it; `!(x > 0)` also catches NaN."
        })
class DataSpaceThroughputTest {

    private final DataSpaceThroughput model = Implementation.of(DataSpaceThroughput.class);

    @Test
    @Points(2)
    @DisplayName("Cancun's 3 target blobs of 100-byte transactions every 12 s")
    void cancun() {
        long bytes = BlobSchedule.CANCUN.target() * (long) BlobEncoding.DATA_BYTES_PER_BLOB;
        assertEquals(SystemProfiles.dataBoundTps(bytes, 100), model.tps(bytes, 100, 12), 1e-9,
                bytes + " bytes, 100 bytes/tx, 12 s");
    }

    @Test
    @Points(1)
    @DisplayName("a zero block interval is an IllegalArgumentException naming it")
    void zeroInterval() {
        var e = assertThrows(IllegalArgumentException.class, () -> model.tps(1_000, 10, 0), "l1BlockSeconds 0");
        assertTrue(e.getMessage().contains("l1BlockSeconds"), "the message names l1BlockSeconds: " + e.getMessage());
    }
}
