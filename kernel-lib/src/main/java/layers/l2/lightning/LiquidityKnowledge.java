package layers.l2.lightning;

import java.util.Arrays;

/**
 * What a sender has learned, during one payment, about the balances of the channels it tried: for each direction a
 * lower bound (an HTLC of that size got through) and an upper bound (a larger one failed there), plus what its own
 * unsettled parts already hold on each direction. Starts from "anything between 0 and the capacity". Reset between
 * payments (balances change, so old knowledge goes stale); a reset touches only the directions learned about.
 */
public final class LiquidityKnowledge {

    private final LightningGraph graph;
    private final long[] lo;
    private final long[] hi;
    private final long[] inFlight;
    private final long[] touched; // a bit per direction
    private int[] touchedList = new int[64];
    private int touchedCount;

    public LiquidityKnowledge(LightningGraph graph) {
        this.graph = graph;
        int directions = 2 * graph.channelCount();
        this.lo = new long[directions];
        this.hi = new long[directions];
        this.inFlight = new long[directions];
        this.touched = new long[(directions + 63) >>> 6];
    }

    /** Forgets everything, then learns the sender's own channels exactly (a node knows its own balances). */
    public void reset(int sender) {
        for (int i = 0; i < touchedCount; i++) {
            touched[touchedList[i] >>> 6] = 0; // the whole word: every direction set in it is on the list too
        }
        touchedCount = 0;
        for (int i = graph.start(sender); i < graph.start(sender + 1); i++) {
            int d = graph.direction(i);
            touch(d);
            lo[d] = graph.balanceMsat(d);
            hi[d] = graph.balanceMsat(d);
        }
    }

    /** Whether anything is known of {@code direction} beyond its capacity. */
    public boolean learned(int direction) {
        return (touched[direction >>> 6] & (1L << direction)) != 0;
    }

    /** The lower bound on {@code direction}'s balance, in msat. */
    public long lo(int direction) {
        return learned(direction) ? lo[direction] : 0;
    }

    /** The upper bound on {@code direction}'s balance, in msat. */
    public long hi(int direction) {
        return learned(direction) ? hi[direction] : graph.capacityMsatOf(direction);
    }

    /** What this payment's own parts already hold on {@code direction}. */
    public long inFlight(int direction) {
        return learned(direction) ? inFlight[direction] : 0;
    }

    /** The probability that {@code direction} can carry {@code amount} more msat now. */
    public double probability(int direction, long amount) {
        return SuccessProbability.conditional(amount + inFlight(direction), lo(direction), hi(direction));
    }

    /** An HTLC of {@code amount} (on top of the parts in flight) got through: the balance is at least that. */
    public void learnSuccess(int direction, long amount) {
        touch(direction);
        lo[direction] = Math.max(lo[direction], Math.min(hi[direction], amount + inFlight[direction]));
    }

    /** An HTLC of {@code amount} failed here: the balance is below that plus what is in flight. */
    public void learnFailure(int direction, long amount) {
        touch(direction);
        hi[direction] = Math.max(lo[direction], Math.min(hi[direction], amount + inFlight[direction] - 1));
    }

    void addInFlight(int direction, long amount) {
        touch(direction);
        inFlight[direction] += amount;
    }

    private void touch(int d) {
        if (!learned(d)) {
            touched[d >>> 6] |= 1L << d;
            lo[d] = 0;
            hi[d] = graph.capacityMsatOf(d);
            inFlight[d] = 0;
            if (touchedCount == touchedList.length) {
                touchedList = Arrays.copyOf(touchedList, 2 * touchedCount);
            }
            touchedList[touchedCount++] = d;
        }
    }
}
