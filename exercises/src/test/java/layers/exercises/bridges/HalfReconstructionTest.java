package layers.exercises.bridges;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l2.da.ReedSolomon;
import layers.l2.zk.field.Goldilocks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "bridges.reconstruct",
        title = "Rebuild erasure-coded data from half of the chunks",
        contract = HalfReconstruction.class,
        statement = """
                `ReedSolomon.extend` turns k data values into 2k coded chunks: chunk p is the value of one \
                polynomial of degree below k at `x_p = ω^bitReverse(p, 2k)`, with ω = \
                `Goldilocks.rootOfUnity(log2(2k))`; the first k chunks are the data. Write `reconstruct(k, \
                available)` by Lagrange interpolation through any k of the available chunks, returning the k data \
                values (the polynomial at x_0 … x_{k-1}). Fewer than k chunks is an `IllegalArgumentException`. Do \
                not call `ReedSolomon.reconstruct`.""",
        hints = {
            "x_p = Goldilocks.pow(omega, ReedSolomon.bitReverse(p, 2 * k)), "
                    + "omega = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(2 * k)).",
            "Lagrange: P(x) = Σ_i y_i · Π_{j≠i} (x − x_j) / (x_i − x_j), all with Goldilocks.add/sub/mul/inv.",
            "Data value j is P(x_j) for j = 0..k−1; use exactly k of the available points."
        })
class HalfReconstructionTest {

    private final HalfReconstruction rebuild = Implementation.of(HalfReconstruction.class);

    private static long[][] data(int k, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[][] d = new long[k][1];
        for (long[] c : d) {
            c[0] = Goldilocks.of(rng.nextLong());
        }
        return d;
    }

    private static long[] column(long[][] chunks) {
        long[] c = new long[chunks.length];
        for (int i = 0; i < chunks.length; i++) {
            c[i] = chunks[i][0];
        }
        return c;
    }

    private static Map<Integer, Long> keep(long[][] ext, int... positions) {
        Map<Integer, Long> m = new HashMap<>();
        for (int p : positions) {
            m.put(p, ext[p][0]);
        }
        return m;
    }

    @Test
    @Points(1)
    @DisplayName("the data half itself")
    void dataHalf() {
        long[][] d = data(4, 1);
        long[][] ext = ReedSolomon.extend(d);
        assertArrayEquals(column(d), rebuild.reconstruct(4, keep(ext, 0, 1, 2, 3)), "positions 0-3 of 8");
    }

    @Test
    @Points(2)
    @DisplayName("the parity half only")
    void parityHalf() {
        long[][] d = data(4, 2);
        long[][] ext = ReedSolomon.extend(d);
        assertArrayEquals(column(d), rebuild.reconstruct(4, keep(ext, 4, 5, 6, 7)), "positions 4-7 of 8");
    }

    @Test
    @Points(2)
    @DisplayName("a mixed half of 16 chunks")
    void mixed() {
        long[][] d = data(8, 3);
        long[][] ext = ReedSolomon.extend(d);
        assertArrayEquals(column(d), rebuild.reconstruct(8, keep(ext, 1, 3, 4, 8, 10, 12, 14, 15)),
                "positions 1, 3, 4, 8, 10, 12, 14, 15 of 16");
    }

    @Test
    @Points(1)
    @DisplayName("one chunk short of half")
    void tooFew() {
        long[][] ext = ReedSolomon.extend(data(4, 4));
        assertThrows(IllegalArgumentException.class, () -> rebuild.reconstruct(4, keep(ext, 5, 6, 7)),
                "3 of 8 chunks");
    }
}
