package layers.l1.pos;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SlotEpochTest {

    @Test
    void thirtyTwoSlotsOfTwelveSecondsMakeAnEpochOfSixPointFourMinutes() {
        assertEquals(Epoch.of(0), Slot.of(31).epoch());
        assertEquals(Epoch.of(1), Slot.of(32).epoch());
        assertEquals(Slot.of(64), Epoch.of(2).startSlot());
        assertEquals(384, Epoch.of(1).startSlot().secondsSinceGenesis()); // 6.4 minutes
    }

    @Test
    void thePreviousEpochOfGenesisIsGenesis() {
        assertEquals(Epoch.GENESIS, Epoch.GENESIS.previous());
        assertEquals(Epoch.of(4), Epoch.of(5).previous());
    }

    @Test
    void farFutureStaysFarInTheFuture() {
        assertEquals(Epoch.FAR_FUTURE, Epoch.FAR_FUTURE.plus(10));
    }

    @Test
    void negativeNumbersAreNamed() {
        assertEquals("a slot cannot be negative: -3",
                assertThrows(IllegalArgumentException.class, () -> Slot.of(-3)).getMessage());
        assertEquals("an epoch cannot be negative: -1",
                assertThrows(IllegalArgumentException.class, () -> Epoch.of(-1)).getMessage());
    }
}
