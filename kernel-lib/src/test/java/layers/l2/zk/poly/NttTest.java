package layers.l2.zk.poly;

import layers.l2.zk.field.Goldilocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NttTest {

    private static long[] random(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = Goldilocks.of(rng.nextLong());
        }
        return a;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8, 64, 1024})
    void forwardMatchesHornerAtEveryPowerOfOmega(int n) {
        long[] coeffs = random(n, n);
        long[] values = Ntt.evaluate(coeffs);
        FieldPolynomial p = FieldPolynomial.of(coeffs);
        long w = Goldilocks.rootOfUnity(Ntt.log2(n));
        for (int i = 0; i < n; i += Math.max(1, n / 16)) {
            assertEquals(p.evaluate(Goldilocks.pow(w, i)), values[i], "point " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 16, 4096})
    void inverseUndoesForward(int n) {
        long[] a = random(n, 99);
        assertArrayEquals(a, Ntt.interpolate(Ntt.evaluate(a)));
    }

    @Test
    void cosetEvaluationMatchesHornerAndExtensionKeepsThePolynomial() {
        long[] coeffs = random(8, 5);
        FieldPolynomial p = FieldPolynomial.of(coeffs);
        CosetDomain coset = new CosetDomain(Goldilocks.GENERATOR, 32);
        long[] values = coset.evaluate(coeffs);
        for (int i = 0; i < 32; i++) {
            assertEquals(p.evaluate(coset.element(i)), values[i]);
        }
        long[] onTrace = Ntt.evaluate(coeffs);
        assertArrayEquals(values, coset.extend(onTrace));
        long[] back = coset.interpolate(values);
        for (int i = 0; i < 32; i++) {
            assertEquals(i < 8 ? coeffs[i] : 0, back[i], "coefficient " + i);
        }
    }

    @Test
    void nonPowerOfTwoLengthIsRefusedWithTheLength() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ntt.forward(new long[6]));
        assertTrue(e.getMessage().contains("6"));
    }
}
