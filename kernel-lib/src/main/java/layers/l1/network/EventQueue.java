package layers.l1.network;

import java.util.Arrays;

/**
 * The simulator's agenda: a binary min-heap of events, ordered by time and, for events at the same time, by the
 * order they were scheduled in. That second rule makes every run with the same seed process events in the same
 * order, so a seed fixes the whole simulation.
 *
 * <p>An event is four numbers, not an object: its time in microseconds, its kind (chosen by the simulation that uses
 * the queue) and two integers whose meaning the kind gives (for a delivery: the node and the block). They are kept
 * side by side in one {@code long[]}, three longs per event, so a simulation of millions of messages allocates
 * nothing per message. Read the event just taken with {@link #time()}, {@link #kind()}, {@link #a()}, {@link #b()}.
 */
public final class EventQueue {

    private static final int STRIDE = 3; // time, sequence << 8 | kind, a << 32 | b
    private static final int KIND_BITS = 8;
    private static final int MAX_KIND = (1 << KIND_BITS) - 1;

    private long[] heap;
    private int size;
    private long nextSequence;
    private long taken;

    private long time;
    private int kind;
    private int a;
    private int b;

    public EventQueue() {
        this(1024);
    }

    public EventQueue(int initialCapacity) {
        heap = new long[Math.max(16, initialCapacity) * STRIDE];
    }

    /** Schedules an event of {@code kind} (0 to 255) with arguments {@code a} and {@code b} at {@code timeMicros}. */
    public void schedule(long timeMicros, int kind, int a, int b) {
        if (kind < 0 || kind > MAX_KIND) {
            throw new IllegalArgumentException("event kind must be 0 to " + MAX_KIND + ", was " + kind);
        }
        if (timeMicros < 0) {
            throw new IllegalArgumentException("event time must be 0 or more, was " + timeMicros + " µs");
        }
        if ((size + 1) * STRIDE > heap.length) {
            heap = Arrays.copyOf(heap, heap.length * 2);
        }
        long order = nextSequence++ << KIND_BITS | kind;
        long args = (long) a << 32 | (b & 0xffffffffL);
        siftUp(size++, timeMicros, order, args);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** Events taken so far: the simulator's measure of work done. */
    public long taken() {
        return taken;
    }

    /** Time of the earliest event, without taking it. */
    public long peekTime() {
        if (size == 0) {
            throw new IllegalStateException("the event queue is empty");
        }
        return heap[0];
    }

    /** Takes the earliest event; read it with {@link #time()}, {@link #kind()}, {@link #a()} and {@link #b()}. */
    public void take() {
        if (size == 0) {
            throw new IllegalStateException("the event queue is empty");
        }
        time = heap[0];
        long order = heap[1];
        long args = heap[2];
        kind = (int) (order & MAX_KIND);
        a = (int) (args >> 32);
        b = (int) args;
        taken++;
        size--;
        if (size > 0) {
            int last = size * STRIDE;
            siftDown(heap[last], heap[last + 1], heap[last + 2]);
        }
    }

    /** Time of the event last taken, in microseconds. */
    public long time() {
        return time;
    }

    public int kind() {
        return kind;
    }

    public int a() {
        return a;
    }

    public int b() {
        return b;
    }

    private void siftUp(int index, long t, long order, long args) {
        long[] h = heap;
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            int p = parent * STRIDE;
            if (!before(t, order, h[p], h[p + 1])) {
                break;
            }
            int i = index * STRIDE;
            h[i] = h[p];
            h[i + 1] = h[p + 1];
            h[i + 2] = h[p + 2];
            index = parent;
        }
        int i = index * STRIDE;
        h[i] = t;
        h[i + 1] = order;
        h[i + 2] = args;
    }

    private void siftDown(long t, long order, long args) {
        long[] h = heap;
        int n = size;
        int index = 0;
        int half = n >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            int c = child * STRIDE;
            int right = child + 1;
            if (right < n) {
                int r = right * STRIDE;
                if (before(h[r], h[r + 1], h[c], h[c + 1])) {
                    child = right;
                    c = r;
                }
            }
            if (!before(h[c], h[c + 1], t, order)) {
                break;
            }
            int i = index * STRIDE;
            h[i] = h[c];
            h[i + 1] = h[c + 1];
            h[i + 2] = h[c + 2];
            index = child;
        }
        int i = index * STRIDE;
        h[i] = t;
        h[i + 1] = order;
        h[i + 2] = args;
    }

    private static boolean before(long t1, long order1, long t2, long order2) {
        return t1 < t2 || (t1 == t2 && order1 < order2);
    }
}
