package layers.exercises.zk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.poly.CosetDomain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "zk.coset",
        title = "Evaluate a polynomial over a coset",
        contract = CosetEvaluation.class,
        statement = """
                A STARK extends each trace column to a coset `offset·⟨ω⟩` of a power-of-two subgroup. Write \
                `evaluateOnCoset(coefficients, offset, size)`: the values of `c[0] + c[1]·x + …` at \
                `offset·ω^i` for i = 0..size−1, with `ω = Goldilocks.rootOfUnity(log2(size))`, all arithmetic in the \
                Goldilocks field. Throw `IllegalArgumentException` if size is not a power of two or the offset is 0.""",
        hints = {
            "`Integer.bitCount(size) == 1` holds exactly for powers of two; `Integer.numberOfTrailingZeros(size)` "
                    + "is then log2(size).",
            "The points are x_0 = offset, x_{i+1} = x_i·ω: one `Goldilocks.mul` per point.",
            "Horner at each point: `acc = Goldilocks.add(Goldilocks.mul(acc, x), c[j])` from the highest j down."
        })
class CosetEvaluationTest {

    private final CosetEvaluation coset = Implementation.of(CosetEvaluation.class);

    @Test
    @Points(1)
    @DisplayName("a constant is the same at every point")
    void constant() {
        long[] expected = new long[4];
        Arrays.fill(expected, 42);
        assertArrayEquals(expected, coset.evaluateOnCoset(new long[] {42}, 7, 4), "evaluateOnCoset([42], 7, 4)");
    }

    @Test
    @Points(1)
    @DisplayName("x itself gives the coset's points: offset, offset·ω, offset·ω², …")
    void identity() {
        long w = Goldilocks.rootOfUnity(2);
        long[] expected = {7, Goldilocks.mul(7, w), Goldilocks.mul(7, Goldilocks.mul(w, w)),
                Goldilocks.mul(7, Goldilocks.pow(w, 3))};
        assertArrayEquals(expected, coset.evaluateOnCoset(new long[] {0, 1}, 7, 4), "evaluateOnCoset([0, 1], 7, 4)");
    }

    @Test
    @Points(2)
    @DisplayName("3x² + 2x + 1 on the coset 7·⟨ω⟩ of 8 points, as the course's CosetDomain computes it")
    void small() {
        long[] c = {1, 2, 3};
        assertArrayEquals(new CosetDomain(7, 8).evaluate(c), coset.evaluateOnCoset(c, 7, 8),
                "evaluateOnCoset([1, 2, 3], 7, 8)");
    }

    @Test
    @Points(1)
    @DisplayName("a size that is not a power of two, or an offset of 0, is an IllegalArgumentException")
    void badInput() {
        assertThrows(IllegalArgumentException.class, () -> coset.evaluateOnCoset(new long[] {1}, 7, 6), "size 6");
        assertThrows(IllegalArgumentException.class, () -> coset.evaluateOnCoset(new long[] {1}, 0, 8), "offset 0");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("random polynomials of large coefficients on cosets up to 256 points")
    void random() {
        Random rng = new Random(42);
        for (int log = 0; log <= 8; log++) {
            int size = 1 << log;
            long[] c = new long[1 + rng.nextInt(size)];
            for (int i = 0; i < c.length; i++) {
                c[i] = Goldilocks.of(rng.nextLong());
            }
            long offset = 1 + Goldilocks.of(rng.nextLong() >>> 1);
            assertArrayEquals(new CosetDomain(offset, size).evaluate(c), coset.evaluateOnCoset(c, offset, size),
                    "a random polynomial of " + c.length + " coefficients on " + size + " points");
        }
    }
}
