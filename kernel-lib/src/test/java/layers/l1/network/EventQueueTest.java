package layers.l1.network;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventQueueTest {

    @Test
    void eventsComeOutInTimeOrder() {
        EventQueue q = new EventQueue();
        q.schedule(30, 1, 3, 0);
        q.schedule(10, 1, 1, 0);
        q.schedule(20, 1, 2, 0);
        int[] order = new int[3];
        for (int i = 0; i < 3; i++) {
            q.take();
            order[i] = q.a();
        }
        assertEquals(List.of(1, 2, 3), List.of(order[0], order[1], order[2]));
        assertTrue(q.isEmpty());
    }

    @Test
    void simultaneousEventsComeOutInTheOrderScheduled() {
        EventQueue q = new EventQueue();
        for (int i = 0; i < 100; i++) {
            q.schedule(5, i % 3, i, -i);
        }
        for (int i = 0; i < 100; i++) {
            q.take();
            assertEquals(5, q.time());
            assertEquals(i, q.a());
            assertEquals(-i, q.b());
            assertEquals(i % 3, q.kind());
        }
    }

    @Test
    void manyRandomEventsComeOutAsASortedListHasThem() {
        EventQueue q = new EventQueue(16);
        SimRandom r = new SimRandom(11);
        List<long[]> expected = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            long t = r.nextInt(1000);
            q.schedule(t, 0, i, 0);
            expected.add(new long[] {t, i});
        }
        expected.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        for (long[] e : expected) {
            q.take();
            assertEquals(e[0], q.time());
            assertEquals(e[1], q.a());
        }
        assertEquals(100_000, q.taken());
    }

    @Test
    void takingFromAnEmptyQueueIsAnError() {
        assertThrows(IllegalStateException.class, () -> new EventQueue().take());
    }

    @Test
    void anEventKindMustFitInAByte() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EventQueue().schedule(0, 256, 0, 0));
        assertEquals("event kind must be 0 to 255, was 256", e.getMessage());
    }
}
