package layers.exercises.zk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.field.GoldilocksExt2;
import layers.l2.zk.fri.Fri;
import layers.l2.zk.poly.CosetDomain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "zk.fold",
        title = "Fold one FRI layer",
        contract = FriFolding.class,
        statement = """
                FRI halves a codeword's length and its polynomial's degree with one random challenge α. Write \
                `foldLayer(codeword, offset, alpha)`: for the codeword of length m on the coset `offset·ω^i`, \
                return the codeword of length m/2 with `next[j] = (f(x) + f(−x))/2 + α·(f(x) − f(−x))/(2x)`, where \
                `x = offset·ω^j`, `f(x) = codeword[j]`, `f(−x) = codeword[j + m/2]`. Throw \
                `IllegalArgumentException` for a length that is not a power of two of at least 2.""",
        hints = {
            "j and j + m/2 are x and −x because ω^(m/2) = −1.",
            "Extension values: `a.add(b)`, `a.sub(b)`, `a.mul(b)`, `a.mul(long)`; 1/2 is `Goldilocks.inv(2)`.",
            "Keep x as you go (x = offset, then x ← x·ω); `Goldilocks.inv(Goldilocks.mul(2, x))` is 1/(2x)."
        })
class FriFoldingTest {

    private final FriFolding fri = Implementation.of(FriFolding.class);

    private static GoldilocksExt2[] codeword(long[] coefficients, CosetDomain d) {
        long[] v = d.evaluate(coefficients);
        GoldilocksExt2[] w = new GoldilocksExt2[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = GoldilocksExt2.ofBase(v[i]);
        }
        return w;
    }

    @Test
    @Points(2)
    @DisplayName("1 + 2x + 3x² + 4x³ folds to (1 + 3y) + α(2 + 4y) on the squares")
    void smallPolynomial() {
        CosetDomain d = new CosetDomain(7, 8);
        GoldilocksExt2 alpha = GoldilocksExt2.ofBase(10);
        GoldilocksExt2[] folded = fri.foldLayer(codeword(new long[] {1, 2, 3, 4}, d), 7, alpha);
        // fe + 10·fo = (1 + 20) + (3 + 40)·y
        assertArrayEquals(codeword(new long[] {21, 43}, d.squared()), folded,
                "foldLayer(1 + 2x + 3x² + 4x³ on 7·⟨ω⟩ of 8 points, α = 10)");
    }

    @Test
    @Points(1)
    @DisplayName("the folded codeword is half as long")
    void halfAsLong() {
        CosetDomain d = new CosetDomain(7, 16);
        assertEquals(8, fri.foldLayer(codeword(new long[] {5, 6}, d), 7, GoldilocksExt2.ONE).length,
                "length after folding 16 values");
    }

    @Test
    @Points(1)
    @DisplayName("a length that is not a power of two of at least 2 is an IllegalArgumentException")
    void badLength() {
        assertThrows(IllegalArgumentException.class,
                () -> fri.foldLayer(new GoldilocksExt2[] {GoldilocksExt2.ONE}, 7, GoldilocksExt2.ONE), "length 1");
        GoldilocksExt2[] six = new GoldilocksExt2[6];
        java.util.Arrays.fill(six, GoldilocksExt2.ONE);
        assertThrows(IllegalArgumentException.class, () -> fri.foldLayer(six, 7, GoldilocksExt2.ONE), "length 6");
    }
}
