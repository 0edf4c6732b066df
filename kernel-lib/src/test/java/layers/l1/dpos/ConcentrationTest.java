package layers.l1.dpos;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConcentrationTest {

    @Test
    void withEqualWeightsTheNakamotoCoefficientsAreJustOverAThirdAndAHalf() {
        long[] equal = new long[21];
        java.util.Arrays.fill(equal, 10);
        assertEquals(8, Concentration.nakamotoThird(equal)); // 7 of 21 is exactly a third, not more
        assertEquals(11, Concentration.nakamotoHalf(equal));
        assertEquals(0.0, Concentration.gini(equal), 1e-12);
    }

    @Test
    void oneWhaleIsEnoughAlone() {
        long[] whale = {60, 10, 10, 10, 10};
        assertEquals(1, Concentration.nakamotoThird(whale));
        assertEquals(1, Concentration.nakamotoHalf(whale));
    }

    @Test
    void theGiniCoefficientOfOneHolderWithEverythingIsOneMinusOneOverN() {
        assertEquals(0.75, Concentration.gini(new long[]{0, 0, 0, 100}), 1e-12);
        // pairwise: |1-3| twice over 2·2·4 = 0.25
        assertEquals(0.25, Concentration.gini(new long[]{1, 3}), 1e-12);
    }
}
