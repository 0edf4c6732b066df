package layers.l2.batch;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** zlib round trips, and each way a compressed batch can be damaged is refused with the reason. */
class BatchCompressionTest {

    private static byte[] batchBytes() {
        return BatchCodec.encode(BatchWorkload.create(3, 200).next(300));
    }

    @Test
    void roundTripsAtEveryLevel() {
        byte[] raw = batchBytes();
        for (int level = 0; level <= 9; level++) {
            assertArrayEquals(raw, BatchCompression.decompress(BatchCompression.compress(raw, level)), "level " + level);
        }
        assertArrayEquals(new byte[0], BatchCompression.decompress(BatchCompression.compress(new byte[0])));
    }

    @Test
    void itIsAZlibStream() {
        byte[] z = BatchCompression.compress(batchBytes());
        assertEquals(0x78, z[0] & 0xFF, "CMF: deflate with a 32 KiB window (RFC 1950)");
        assertEquals(0, ((z[0] & 0xFF) * 256 + (z[1] & 0xFF)) % 31, "FCHECK makes CMF·256 + FLG a multiple of 31");
        assertEquals(0xDA, z[1] & 0xFF, "FLG of level 9: FLEVEL 3, the best compression");
    }

    @Test
    void compressionShrinksRealisticBatches() {
        byte[] raw = batchBytes();
        assertTrue(BatchCompression.compress(raw).length < raw.length * 0.8,
                "zlib should find the repeated addresses");
        assertTrue(BatchCompression.compress(raw, 0).length > raw.length, "level 0 only stores");
    }

    @Test
    void aBadChecksumIsRefused() {
        byte[] z = BatchCompression.compress(batchBytes());
        z[z.length - 1] ^= 1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BatchCompression.decompress(z));
        assertTrue(e.getMessage().contains("not a zlib stream") && e.getMessage().contains("Adler-32 checksum"), e.getMessage());
    }

    @Test
    void aBadHeaderIsRefused() {
        byte[] z = BatchCompression.compress(batchBytes());
        z[0] = 0x12;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BatchCompression.decompress(z));
        assertTrue(e.getMessage().contains("not a zlib stream"), e.getMessage());
    }

    @Test
    void aTruncatedStreamIsRefused() {
        byte[] z = BatchCompression.compress(batchBytes());
        byte[] cut = Arrays.copyOf(z, z.length / 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchCompression.decompress(cut));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void bytesAfterTheStreamAreRefused() {
        byte[] z = BatchCompression.compress(batchBytes());
        byte[] longer = Arrays.copyOf(z, z.length + 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchCompression.decompress(longer));
        assertTrue(e.getMessage().startsWith("3 bytes follow the end of the zlib stream"), e.getMessage());
    }

    @Test
    void aZipBombStopsAtTheLimit() {
        byte[] bomb = BatchCompression.compress(new byte[20_000_000]);
        assertTrue(bomb.length < 30_000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchCompression.decompress(bomb));
        assertTrue(e.getMessage().contains("more than 10000000 bytes"), e.getMessage());
        assertEquals(1000, BatchCompression.decompress(BatchCompression.compress(new byte[1000]), 1000).length);
    }

    @Test
    void aLevelOutsideZeroToNineIsMisuse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BatchCompression.compress(new byte[1], 10));
        assertEquals("a zlib level is 0 to 9, not 10", e.getMessage());
    }
}
