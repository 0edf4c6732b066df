package layers.l2.da;

import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.poly.FieldPolynomial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReedSolomonTest {

    static long[][] randomData(int k, int w, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[][] d = new long[k][w];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < w; j++) {
                d[i][j] = Goldilocks.of(rng.nextLong());
            }
        }
        return d;
    }

    static Map<Integer, long[]> keep(long[][] extended, IntPredicate which) {
        Map<Integer, long[]> m = new HashMap<>();
        for (int p = 0; p < extended.length; p++) {
            if (which.test(p)) {
                m.put(p, extended[p].clone());
            }
        }
        return m;
    }

    @Test
    void theFirstHalfIsTheDataAndEveryColumnIsOnePolynomialOfDegreeBelowK() {
        int k = 16;
        long[][] data = randomData(k, 3, 1);
        long[][] ext = ReedSolomon.extend(data);
        assertEquals(2 * k, ext.length);
        for (int i = 0; i < k; i++) {
            assertArrayEquals(data[i], ext[i], "chunk " + i + " is the data unchanged");
        }
        // Independently: interpolate column 1 through the first half's points, evaluate at the parity points.
        long omega = Goldilocks.rootOfUnity(5);
        long[] values = new long[k];
        for (int i = 0; i < k; i++) {
            values[i] = data[ReedSolomon.bitReverse(i, k)][1];
        }
        FieldPolynomial poly = FieldPolynomial.interpolate(values);
        assertTrue(poly.degree() < k);
        for (int p = 0; p < 2 * k; p++) {
            long x = Goldilocks.pow(omega, ReedSolomon.bitReverse(p, 2 * k));
            assertEquals(poly.evaluate(x), ext[p][1], "chunk " + p + " is the polynomial at its point");
        }
    }

    static Stream<Arguments> halves() {
        return Stream.of(
                Arguments.of("the data half only (no parity)", (IntPredicate) p -> p < 32),
                Arguments.of("the parity half only (no data)", (IntPredicate) p -> p >= 32),
                Arguments.of("even positions", (IntPredicate) p -> p % 2 == 0),
                Arguments.of("odd positions", (IntPredicate) p -> p % 2 == 1),
                Arguments.of("a quarter of data and three quarters of parity",
                        (IntPredicate) p -> p < 8 || (p >= 40)),
                Arguments.of("alternate blocks of four", (IntPredicate) p -> (p / 4) % 2 == 0),
                Arguments.of("more than half: all but five", (IntPredicate) p -> p % 13 != 0),
                Arguments.of("everything", (IntPredicate) p -> true),
                Arguments.of("a seeded random half", (IntPredicate) p -> randomHalf(64, 11)[p]));
    }

    static boolean[] randomHalf(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        boolean[] keep = new boolean[n];
        int kept = 0;
        while (kept < n / 2) {
            int p = rng.nextInt(n);
            if (!keep[p]) {
                keep[p] = true;
                kept++;
            }
        }
        return keep;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("halves")
    void anyHalfRebuildsEverything(String description, IntPredicate which) {
        long[][] data = randomData(32, 4, 3);
        long[][] ext = ReedSolomon.extend(data);
        Reconstruction r = ReedSolomon.reconstruct(keep(ext, which), 32, 4);
        assertTrue(r.succeeded(), description + ": " + r);
        assertArrayEquals(ext, r.extendedChunks(), description);
        assertArrayEquals(data, r.data(), description);
    }

    @Test
    void everyOneOfTheSeventyHalvesOfEightChunksRebuildsAndNoThreeDo() {
        long[][] data = randomData(4, 2, 5);
        long[][] ext = ReedSolomon.extend(data);
        int halves = 0;
        for (int mask = 0; mask < 256; mask++) {
            int bits = Integer.bitCount(mask);
            final int m = mask;
            Reconstruction r = ReedSolomon.reconstruct(keep(ext, p -> (m >> p & 1) == 1), 4, 2);
            if (bits >= 4) {
                assertTrue(r.succeeded(), "positions " + Integer.toBinaryString(mask));
                assertArrayEquals(data, r.data(), "positions " + Integer.toBinaryString(mask));
                halves += bits == 4 ? 1 : 0;
            } else {
                assertTrue(r.verdict().isRejectedFor(DaRule.TOO_FEW_CHUNKS),
                        "positions " + Integer.toBinaryString(mask));
            }
        }
        assertEquals(70, halves);
    }

    @Test
    void oneChunkShortOfHalfFailsWithTheCount() {
        long[][] ext = ReedSolomon.extend(randomData(32, 1, 9));
        Reconstruction r = ReedSolomon.reconstruct(keep(ext, p -> p < 31), 32, 1);
        assertFalse(r.succeeded());
        assertTrue(r.verdict().isRejectedFor(DaRule.TOO_FEW_CHUNKS));
        assertEquals("31 of 64 chunks available; any 32 rebuild the data, 1 more needed", r.verdict().detail().get());
        IllegalStateException e = assertThrows(IllegalStateException.class, r::data);
        assertTrue(e.getMessage().contains("TOO_FEW_CHUNKS"), e.getMessage());
    }

    @Test
    void aTamperedChunkAmongMoreThanHalfIsNotACodeword() {
        long[][] ext = ReedSolomon.extend(randomData(16, 2, 13));
        Map<Integer, long[]> avail = keep(ext, p -> p < 17);
        avail.get(3)[1] = Goldilocks.add(avail.get(3)[1], 1);
        Reconstruction r = ReedSolomon.reconstruct(avail, 16, 2);
        assertTrue(r.verdict().isRejectedFor(DaRule.NOT_A_CODEWORD), r.toString());
        assertTrue(r.verdict().detail().get().startsWith("element 1 of the chunks"), r.toString());
        // With exactly half, any values are a codeword: tampering there changes the data instead.
        Map<Integer, long[]> half = keep(ext, p -> p < 16);
        half.get(3)[1] = Goldilocks.add(half.get(3)[1], 1);
        Reconstruction r2 = ReedSolomon.reconstruct(half, 16, 2);
        assertTrue(r2.succeeded());
        assertFalse(ErasureCodedData.rootOf(r2.extendedChunks()).equals(ErasureCodedData.rootOf(ext)),
                "the rebuilt data no longer matches the commitment");
    }

    @Test
    void kOfOneWorks() {
        long[][] data = {{42, 7}};
        long[][] ext = ReedSolomon.extend(data);
        assertArrayEquals(new long[] {42, 7}, ext[1], "a constant polynomial: parity equals data");
        assertArrayEquals(data, ReedSolomon.reconstruct(keep(ext, p -> p == 1), 1, 2).data());
    }

    @Test
    void badInputIsNamed() {
        assertEquals("erasure coding needs a power-of-two number of chunks, not 3 (pad the data with zero chunks)",
                assertThrows(IllegalArgumentException.class, () -> ReedSolomon.extend(new long[3][1])).getMessage());
        assertEquals("chunk 1 has 1 field elements, not 2", assertThrows(IllegalArgumentException.class,
                () -> ReedSolomon.extend(new long[][] {{1, 2}, {3}})).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ReedSolomon.extend(new long[][] {{Goldilocks.P}})).getMessage().contains("chunk 0, element 0"));
        assertEquals("chunk position 8 is not in 0..7", assertThrows(IllegalArgumentException.class,
                () -> ReedSolomon.reconstruct(Map.of(8, new long[1]), 4, 1)).getMessage());
    }

    static long[][] allChunks(ErasureCodedData d) {
        long[][] c = new long[d.chunkCount()][];
        for (int i = 0; i < c.length; i++) {
            c[i] = d.chunk(i);
        }
        return c;
    }

    @Test
    void bytesRoundTrip() {
        byte[] msg = "Data availability is the binding constraint, not the proof mechanism.".getBytes();
        ErasureCodedData coded = ErasureCodedData.fromBytes(msg, 2);
        assertEquals(8, coded.originalChunks(), "69 bytes in 14-byte chunks need 5, padded to 8");
        Reconstruction r = ReedSolomon.reconstruct(keep(allChunks(coded), p -> p >= 8), 8, 2);
        assertArrayEquals(msg, ErasureCodedData.toBytes(r.data(), msg.length));
    }
}
