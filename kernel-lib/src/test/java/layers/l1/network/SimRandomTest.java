package layers.l1.network;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimRandomTest {

    @Test
    void theSameSeedGivesTheSameNumbers() {
        SimRandom a = new SimRandom(42);
        SimRandom b = new SimRandom(42);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.nextLong(), b.nextLong());
        }
    }

    @Test
    void aSeedGivesNumbersFixedAcrossJdks() {
        // SplitMix64 is written out in SimRandom, so these never change with the JDK.
        SimRandom r = new SimRandom(0);
        assertEquals(new SimRandom(0).nextLong(), r.nextLong());
        assertEquals(-4616330145664149646L, new SimRandom(1).nextLong());
    }

    @Test
    void splitStreamsDifferFromEachOtherAndTheParent() {
        SimRandom root = new SimRandom(7);
        long a = root.split(1).nextLong();
        long b = new SimRandom(7).split(2).nextLong();
        assertNotEquals(a, b);
        assertEquals(a, new SimRandom(7).split(1).nextLong());
    }

    @Test
    void exponentialWaitsHaveTheRequestedMean() {
        SimRandom r = new SimRandom(3);
        int n = 200_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += r.nextExponential(600);
        }
        double mean = sum / n;
        // standard error of the mean: 600 / sqrt(n) ≈ 1.34
        assertEquals(600, mean, 5 * 600 / Math.sqrt(n));
    }

    @Test
    void nextIntStaysInRangeAndCoversIt() {
        SimRandom r = new SimRandom(5);
        int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) {
            int x = r.nextInt(7);
            assertTrue(x >= 0 && x < 7);
            counts[x]++;
        }
        for (int c : counts) {
            assertEquals(10_000, c, 5 * Math.sqrt(10_000 * 6.0 / 7));
        }
    }
}
