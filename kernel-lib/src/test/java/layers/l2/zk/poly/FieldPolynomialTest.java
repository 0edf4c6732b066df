package layers.l2.zk.poly;

import layers.l2.zk.field.Goldilocks;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FieldPolynomialTest {

    @Test
    void evaluatesByHorner() {
        FieldPolynomial p = FieldPolynomial.of(1, 2, 3); // 3x² + 2x + 1
        assertEquals(1 + 2 * 5 + 3 * 25, p.evaluate(5));
        assertEquals(2, p.degree());
        assertEquals("3·x^2 + 2·x + 1", p.toString());
    }

    @Test
    void zerofierVanishesExactlyOnItsRoots() {
        FieldPolynomial z = FieldPolynomial.zerofier(2, 3);
        assertEquals(0, z.evaluate(2));
        assertEquals(0, z.evaluate(3));
        assertEquals(2, z.evaluate(4));
    }

    @Test
    void divisionIsExactByAFactorAndLeavesARemainderOtherwise() {
        FieldPolynomial z = FieldPolynomial.zerofier(2, 3);
        FieldPolynomial q = FieldPolynomial.of(7, 0, 1);
        FieldPolynomial[] qr = z.mul(q).divideWithRemainder(z);
        assertEquals(q, qr[0]);
        assertEquals(-1, qr[1].degree());
        FieldPolynomial[] notExact = z.mul(q).add(FieldPolynomial.of(1)).divideWithRemainder(z);
        assertEquals(FieldPolynomial.of(1), notExact[1]);
    }

    @Test
    void interpolationGoesThroughTheValues() {
        long[] v = {4, 8, 15, 16};
        FieldPolynomial p = FieldPolynomial.interpolate(v);
        long w = Goldilocks.rootOfUnity(2);
        for (int i = 0; i < 4; i++) {
            assertEquals(v[i], p.evaluate(Goldilocks.pow(w, i)));
        }
    }

    @Test
    void nonCanonicalCoefficientIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FieldPolynomial.of(Goldilocks.P));
    }
}
