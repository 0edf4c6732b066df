package layers.l1.pos;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GweiTest {

    @Test
    void oneEtherIsTenToTheNineGwei() {
        assertEquals(32_000_000_000L, Gwei.ether(32).value());
        assertEquals("31.750000000 ETH", Gwei.of(31_750_000_000L).toEtherString());
    }

    @Test
    void divisionRoundsDownAsTheSpecificationsFloorDivision() {
        assertEquals(Gwei.of(1_000_000_000L), Gwei.ether(32).dividedBy(32));
        assertEquals(Gwei.of(3), Gwei.of(10).dividedBy(3));
    }

    @Test
    void saturatingSubtractionStopsAtZero() {
        assertEquals(Gwei.ZERO, Gwei.of(5).saturatingMinus(Gwei.of(7)));
        assertEquals(Gwei.of(2), Gwei.of(7).saturatingMinus(Gwei.of(5)));
    }

    @Test
    void misuseNamesTheBadValue() {
        assertEquals("an amount of Gwei cannot be negative: -1",
                assertThrows(IllegalArgumentException.class, () -> Gwei.of(-1)).getMessage());
        assertEquals("5 Gwei - 7 Gwei would be negative",
                assertThrows(ArithmeticException.class, () -> Gwei.of(5).minus(Gwei.of(7))).getMessage());
        assertThrows(ArithmeticException.class, () -> Gwei.of(Long.MAX_VALUE).plus(Gwei.of(1)));
        assertThrows(ArithmeticException.class, () -> Gwei.ether(1).times(Long.MAX_VALUE));
    }
}
