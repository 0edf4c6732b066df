package layers.l1.blobs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bytes in and out of blobs, and each kind of damaged blob refused with where it is damaged. */
class BlobEncodingTest {

    private static byte[] random(int size) {
        byte[] data = new byte[size];
        new SplittableRandom(size).nextBytes(data);
        return data;
    }

    @Test
    void theCapacityIs31BytesPerFieldElement() {
        assertEquals(126_976, BlobEncoding.USABLE_BYTES_PER_BLOB);
        assertEquals(126_972, BlobEncoding.DATA_BYTES_PER_BLOB);
        assertEquals(1, BlobEncoding.blobsNeeded(0));
        assertEquals(1, BlobEncoding.blobsNeeded(126_972));
        assertEquals(2, BlobEncoding.blobsNeeded(126_973));
        assertEquals(6, BlobEncoding.blobsNeeded(6 * 126_972));
    }

    @Test
    void roundTripsAtTheEdges() {
        for (int size : new int[] {0, 1, 126_971, 126_972, 126_973, 300_000}) {
            byte[] data = random(size);
            List<byte[]> blobs = BlobEncoding.encode(data);
            assertEquals(BlobEncoding.blobsNeeded(size), blobs.size());
            blobs.forEach(b -> assertEquals(131_072, b.length));
            assertArrayEquals(data, BlobEncoding.decode(blobs), "size " + size);
        }
    }

    @Test
    void everyFieldElementStaysBelowTheModulus() {
        for (byte[] blob : BlobEncoding.encode(random(200_000))) {
            for (int fe = 0; fe < 4096; fe++) {
                assertEquals(0, blob[fe * 32]);
            }
        }
    }

    private static List<byte[]> blobsOf(int size) {
        return new ArrayList<>(BlobEncoding.encode(random(size)));
    }

    @Test
    void aNonZeroTopByteIsRefused() {
        List<byte[]> blobs = blobsOf(1000);
        blobs.get(0)[32 * 7] = 1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BlobEncoding.decode(blobs));
        assertTrue(e.getMessage().startsWith("blob 0, byte 224: field element 7 starts with 1"), e.getMessage());
    }

    @Test
    void anImpossibleLengthIsRefused() {
        List<byte[]> blobs = blobsOf(1000);
        blobs.get(0)[1] = (byte) 0xFF;   // the length's first byte
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BlobEncoding.decode(blobs));
        assertTrue(e.getMessage().contains("but a blob holds at most 126972"), e.getMessage());
    }

    @Test
    void dataHiddenInThePaddingIsRefused() {
        List<byte[]> blobs = blobsOf(1000);
        blobs.get(0)[131_071] = 9;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BlobEncoding.decode(blobs));
        assertTrue(e.getMessage().contains("is not zero padding"), e.getMessage());
    }

    @Test
    void aBlobOfTheWrongSizeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BlobEncoding.decode(List.of(new byte[131_071])));
        assertEquals("blob 0 has 131071 bytes, not 131072", e.getMessage());
    }
}
