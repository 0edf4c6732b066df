package layers.l2.lightning;

import java.util.Arrays;

/**
 * A route found by {@link LightningRouter}: the directions from sender to recipient, the amount each HTLC carries
 * (the first includes every forwarding fee), each HTLC's expiry, and the probability the model gave it.
 */
public final class LightningPath {

    private final int[] directions;
    private final long[] amountsMsat;
    private final int[] cltvExpiries;
    private final double probability;

    LightningPath(int[] directions, long[] amountsMsat, int[] cltvExpiries, double probability) {
        this.directions = directions;
        this.amountsMsat = amountsMsat;
        this.cltvExpiries = cltvExpiries;
        this.probability = probability;
    }

    public int hops() {
        return directions.length;
    }

    public int direction(int hop) {
        return directions[hop];
    }

    public long amountMsat(int hop) {
        return amountsMsat[hop];
    }

    public int cltvExpiry(int hop) {
        return cltvExpiries[hop];
    }

    /** The fees the sender pays: first HTLC minus last. */
    public long feeMsat() {
        return amountsMsat[0] - amountsMsat[amountsMsat.length - 1];
    }

    /** The product of the hops' success probabilities, as the model estimated them when the route was chosen. */
    public double probability() {
        return probability;
    }

    public int[] directions() {
        return directions.clone();
    }

    @Override
    public String toString() {
        return "LightningPath(" + hops() + " hops, " + amountsMsat[amountsMsat.length - 1] + " msat, fee " + feeMsat()
                + " msat, p = " + String.format(java.util.Locale.ROOT, "%.3f", probability) + ", directions "
                + Arrays.toString(directions) + ")";
    }
}
