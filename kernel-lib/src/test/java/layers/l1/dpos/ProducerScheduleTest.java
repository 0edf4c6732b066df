package layers.l1.dpos;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProducerScheduleTest {

    @Test
    void eachProducerMakesItsTurnOfConsecutiveBlocksThenTheNextTakesOver() {
        ProducerSchedule s = ProducerSchedule.of(List.of("a", "b", "c"), 12);
        assertEquals("a", s.producerAt(0));
        assertEquals("a", s.producerAt(11));
        assertEquals("b", s.producerAt(12));
        assertEquals("c", s.producerAt(35));
        assertEquals("a", s.producerAt(36)); // the next round
    }

    @Test
    void withOneBlockPerTurnProducersAlternateEveryBlock() {
        ProducerSchedule s = ProducerSchedule.of(List.of("x", "y"), 1);
        assertEquals(List.of("x", "y", "x", "y"), List.of(s.producerAt(0), s.producerAt(1), s.producerAt(2), s.producerAt(3)));
    }

    @Test
    void aProducerListedTwiceIsMisuse() {
        assertThrows(IllegalArgumentException.class, () -> ProducerSchedule.of(List.of("a", "a"), 12));
    }
}
