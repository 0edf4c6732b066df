package layers.exercises.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.settlement.ChainSize;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "settlement.sync-cost",
        title = "A full node's first sync, now and later",
        contract = SyncEstimate.class,
        statement = """
                A new full node downloads the whole chain and verifies it from genesis. Write \
                `chainBytesAfter(bytesNow, bytesPerDay, days)`, the size `days` from now, exactly (a negative \
                argument is an `IllegalArgumentException`, a result too large for a `long` an \
                `ArithmeticException`), and `syncHours(chainBytes, verifyBytesPerSecond, downloadMbps)`: the node \
                goes no faster than the slower of its download (`downloadMbps × 1,000,000 / 8` bytes a second) and \
                its verification, so the hours are `chainBytes / min(both) / 3600`. A negative size, or a rate that \
                is not a positive finite number, is an `IllegalArgumentException`. Bitcoin in 2023 was over 500 GB \
                and grew by about 400 MB a day (Mastering Bitcoin, 3rd ed., ch. 3).""",
        hints = {
            "Check the arguments first, and name the bad value in the message.",
            "`Math.multiplyExact` and `Math.addExact` throw `ArithmeticException` on overflow.",
            "Megabits to bytes: `downloadMbps * 1e6 / 8`. The slower rate sets the pace (`Math.min`); bytes over "
                    + "bytes a second is seconds, and 3600 seconds make an hour."
        })
class SyncEstimateTest {

    private final SyncEstimate sync = Implementation.of(SyncEstimate.class);

    @Test
    @Points(2)
    @DisplayName("Bitcoin from 2023: 500 GB growing by 400 MB a day")
    void bitcoinGrowth() {
        ChainSize btc = ChainSize.bitcoin2023();
        assertEquals(500_000_000_000L, sync.chainBytesAfter(btc.bytes(), btc.bytesPerDay(), 0), "after 0 days");
        assertEquals(646_000_000_000L, sync.chainBytesAfter(btc.bytes(), btc.bytesPerDay(), 365), "after 365 days");
        assertEquals(1_230_000_000_000L, sync.chainBytesAfter(btc.bytes(), btc.bytesPerDay(), 5 * 365),
                "after 5 × 365 days");
    }

    @Test
    @Points(2)
    @DisplayName("verification is the bottleneck: 500 GB at 1 MB/s with 100 Mbit/s takes 138.9 hours")
    void verificationBound() {
        // 100 Mbit/s downloads 12.5 MB/s; verifying at 1 MB/s is the slower: 500,000 s
        assertEquals(500e9 / 1e6 / 3600, sync.syncHours(500_000_000_000L, 1_000_000, 100), 1e-9,
                "syncHours(500 GB, 1 MB/s, 100 Mbit/s)");
    }

    @Test
    @Points(2)
    @DisplayName("download is the bottleneck: 500 GB at 20 MB/s verified with 8 Mbit/s takes 500,000 s")
    void downloadBound() {
        // 8 Mbit/s is 1 MB/s, slower than 20 MB/s of verification
        assertEquals(500e9 / 1e6 / 3600, sync.syncHours(500_000_000_000L, 20_000_000, 8), 1e-9,
                "syncHours(500 GB, 20 MB/s, 8 Mbit/s)");
    }

    @Test
    @Points(1)
    @DisplayName("negative sizes and rates that are not positive are IllegalArgumentExceptions")
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> sync.chainBytesAfter(-1, 1, 1), "chainBytesAfter(-1, 1, 1)");
        assertThrows(IllegalArgumentException.class, () -> sync.chainBytesAfter(1, -1, 1), "chainBytesAfter(1, -1, 1)");
        assertThrows(IllegalArgumentException.class, () -> sync.chainBytesAfter(1, 1, -1), "chainBytesAfter(1, 1, -1)");
        assertThrows(IllegalArgumentException.class, () -> sync.syncHours(-1, 1, 1), "syncHours(-1, 1, 1)");
        assertThrows(IllegalArgumentException.class, () -> sync.syncHours(1, 0, 1), "syncHours(1, 0, 1)");
        assertThrows(IllegalArgumentException.class, () -> sync.syncHours(1, 1, -5), "syncHours(1, 1, -5)");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("NaN and infinite rates, and a size too large for a long")
    void edgeCases() {
        assertThrows(IllegalArgumentException.class, () -> sync.syncHours(1, Double.NaN, 1), "syncHours(1, NaN, 1)");
        assertThrows(IllegalArgumentException.class, () -> sync.syncHours(1, 1, Double.NaN), "syncHours(1, 1, NaN)");
        assertThrows(IllegalArgumentException.class, () -> sync.syncHours(1, Double.POSITIVE_INFINITY, 1),
                "syncHours(1, Infinity, 1)");
        assertThrows(ArithmeticException.class, () -> sync.chainBytesAfter(1, Long.MAX_VALUE / 2, 3),
                "chainBytesAfter(1, Long.MAX_VALUE / 2, 3)");
        assertThrows(ArithmeticException.class, () -> sync.chainBytesAfter(Long.MAX_VALUE, 1, 1),
                "chainBytesAfter(Long.MAX_VALUE, 1, 1)");
        assertEquals(0.0, sync.syncHours(0, 1, 1), "syncHours(0, 1, 1)");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("300 seeded random machines and chains")
    void seededRandomCases() {
        Random random = new Random(707);
        for (int i = 0; i < 300; i++) {
            long bytes = (long) (random.nextDouble() * 2e12);
            double verify = 1e5 + random.nextDouble() * 5e7;
            double mbps = 1 + random.nextDouble() * 1_000;
            double expected = bytes / Math.min(verify, mbps * 1e6 / 8) / 3600;
            assertEquals(expected, sync.syncHours(bytes, verify, mbps), expected * 1e-12,
                    "syncHours(" + bytes + ", " + verify + ", " + mbps + "), random case #" + i + " (seed 707)");
            long perDay = random.nextInt(1_000_000_000);
            long days = random.nextInt(100_000);
            assertEquals(bytes + perDay * days, sync.chainBytesAfter(bytes, perDay, days),
                    "chainBytesAfter(" + bytes + ", " + perDay + ", " + days + "), random case #" + i);
        }
    }
}
