package layers.l1.fees;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DemandCurveTest {

    private static final DemandCurve SPIKY = DemandCurve.constant(10).withSpike(100, 200, 3).withSpike(150, 300, 2);

    @Test
    void spikesMultiplyTheBaseRateAndEachOther() {
        assertEquals(10, SPIKY.rateAt(99.9));
        assertEquals(30, SPIKY.rateAt(100));
        assertEquals(60, SPIKY.rateAt(160));
        assertEquals(20, SPIKY.rateAt(250));
        assertEquals(10, SPIKY.rateAt(300));
    }

    @Test
    void theExpectedArrivalsAreTheIntegralOfTheRate() {
        // 100·10 + 50·30 + 50·60 + 100·20 + 100·10
        assertEquals(1_000 + 1_500 + 3_000 + 2_000 + 1_000, SPIKY.expectedArrivals(0, 400), 1e-9);
    }

    @Test
    void aDrawIsSpentPieceByPieceAcrossRateChanges() {
        DemandCurve c = DemandCurve.constant(2).withSpike(10, 20, 5);
        assertEquals(3.5, c.nextArrival(3, 1.0), 1e-12);     // rate 2: 1/2 second
        // from 9: one second at rate 2 uses 2 of the draw, the remaining 1 at rate 10 takes 0.1 s
        assertEquals(10.1, c.nextArrival(9, 3.0), 1e-12);
    }

    @Test
    void aRateOfZeroForeverMeansNoMoreArrivals() {
        DemandCurve c = DemandCurve.constant(0).withSpike(5, 6, 10);
        assertEquals(Double.POSITIVE_INFINITY, c.nextArrival(6, 0.5));
        assertEquals(0, DemandCurve.constant(5).withSpike(0, 10, 0).rateAt(3));
    }

    @Test
    void badSpikesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DemandCurve.constant(1).withSpike(5, 5, 2));
        assertThrows(IllegalArgumentException.class, () -> DemandCurve.constant(-1));
        assertThrows(IllegalArgumentException.class, () -> DemandCurve.constant(1).withSpike(0, 1, Double.NaN));
    }

    @Test
    void theTableSamplesTheRate() {
        assertEquals(5, SPIKY.table(400, 100).rowCount());
        assertEquals(30, SPIKY.table(400, 100).doubleColumn("txPerSecond").get(1));
    }
}
