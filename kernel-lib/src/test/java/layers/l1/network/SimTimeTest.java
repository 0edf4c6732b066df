package layers.l1.network;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimTimeTest {

    @Test
    void secondsAreKeptAsWholeMicroseconds() {
        assertEquals(1_500_000, SimTime.ofSeconds(1.5).micros());
        assertEquals(SimTime.ofMillis(1500), SimTime.ofSeconds(1.5));
        assertEquals(600_000_000, SimTime.ofMinutes(10).micros());
    }

    @Test
    void timesOrderAndAdd() {
        SimTime a = SimTime.ofMillis(100);
        SimTime b = SimTime.ofMillis(250);
        assertTrue(a.isBefore(b));
        assertEquals(SimTime.ofMillis(350), a.plus(b));
        assertEquals(SimTime.ofMillis(150), b.minus(a));
        assertEquals("0.350 s", a.plus(b).toString());
    }

    @Test
    void negativeTimeIsRefusedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SimTime.ofMicros(-5));
        assertEquals("simulated time is never negative, was -5 µs", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimTime.ofMillis(1).minus(SimTime.ofMillis(2)));
        assertThrows(IllegalArgumentException.class, () -> SimTime.ofSeconds(Double.NaN));
    }
}
