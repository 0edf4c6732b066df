package layers.l1.poh;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PohMeasurementTest {

    @Test
    void theSpeedupTableHasTheGenerationAndOneRowPerThreadCount() {
        Table t = PohMeasurement.verificationSpeedup(20_000, 1_000, 1, 2);
        assertEquals(3, t.rowCount());
        assertEquals("generate", t.stringColumn("task").get(0));
        assertEquals(2, t.intColumn("threads").get(2));
        assertTrue(t.doubleColumn("hashesPerSecond").min() > 0);
    }

    @Test
    void theGenerationRateIsPositive() {
        assertTrue(PohMeasurement.generationRate(10_000) > 0);
    }
}
