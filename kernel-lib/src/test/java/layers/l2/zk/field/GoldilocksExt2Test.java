package layers.l2.zk.field;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GoldilocksExt2Test {

    private static GoldilocksExt2 random(SplittableRandom rng) {
        return new GoldilocksExt2(Goldilocks.of(rng.nextLong()), Goldilocks.of(rng.nextLong()));
    }

    @Test
    void phiSquaredIsSeven() {
        GoldilocksExt2 phi = new GoldilocksExt2(0, 1);
        assertEquals(GoldilocksExt2.ofBase(7), phi.mul(phi));
    }

    @Test
    void fieldLawsHoldOnRandomElements() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int k = 0; k < 500; k++) {
            GoldilocksExt2 a = random(rng);
            GoldilocksExt2 b = random(rng);
            GoldilocksExt2 c = random(rng);
            assertEquals(a.mul(b), b.mul(a));
            assertEquals(a.mul(b.add(c)), a.mul(b).add(a.mul(c)));
            assertEquals(a, a.add(b).sub(b));
            assertEquals(GoldilocksExt2.ONE, a.mul(a.inv()));
        }
    }

    @Test
    void frobeniusOrderIsPSquaredMinusOne() {
        GoldilocksExt2 a = new GoldilocksExt2(5, 11);
        // a^(p²−1) = 1, computed as (a^(p−1))^(p+1).
        assertEquals(GoldilocksExt2.ONE, a.pow(Goldilocks.P - 1).pow(Goldilocks.P + 1));
    }

    @Test
    void zeroHasNoInverseAndNonCanonicalCoordinatesAreRefused() {
        assertThrows(ArithmeticException.class, () -> GoldilocksExt2.ZERO.inv());
        assertThrows(IllegalArgumentException.class, () -> new GoldilocksExt2(Goldilocks.P, 0));
    }

    @Test
    void bytesRoundTrip() {
        GoldilocksExt2 a = new GoldilocksExt2(Goldilocks.P - 1, 42);
        assertEquals(a, GoldilocksExt2.readBytes(a.toBytes(), 0));
    }
}
