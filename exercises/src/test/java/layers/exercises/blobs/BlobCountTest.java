package layers.exercises.blobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.blobs.BlobEncoding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "blobs.blobs-needed",
        title = "Blobs needed for a batch",
        contract = BlobCount.class,
        statement = """
                A blob is paid whole, however little it holds. Write `blobsNeeded(bytes, bytesPerBlob)`: the number \
                of blobs that hold `bytes` bytes when each carries `bytesPerBlob` (126,972 in the course's packing), \
                rounded up, and at least 1 since a blob transaction carries at least one blob. \
                `blobsNeeded(126_972, 126_972)` is 1, `blobsNeeded(126_973, 126_972)` is 2. A negative byte count or \
                a `bytesPerBlob` below 1 is an `IllegalArgumentException`.""",
        hints = {
            "Division rounded up: `(bytes + bytesPerBlob - 1) / bytesPerBlob` in `long`.",
            "Then at least 1."
        })
class BlobCountTest {

    private static final int PER_BLOB = BlobEncoding.DATA_BYTES_PER_BLOB;

    private final BlobCount count = Implementation.of(BlobCount.class);

    @Test
    @Points(1)
    @DisplayName("one full blob, then one byte more")
    void edges() {
        assertEquals(1, count.blobsNeeded(PER_BLOB, PER_BLOB), "blobsNeeded(126972, 126972)");
        assertEquals(2, count.blobsNeeded(PER_BLOB + 1, PER_BLOB), "blobsNeeded(126973, 126972)");
    }

    @Test
    @Points(1)
    @DisplayName("an empty batch still takes one blob")
    void empty() {
        assertEquals(1, count.blobsNeeded(0, PER_BLOB), "blobsNeeded(0, 126972)");
    }
}
