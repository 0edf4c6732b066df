package layers.l2.lightning;

/**
 * Pickhardt and Richter's probabilistic model of a channel's liquidity ("Optimally Reliable & Cheap Payment Flows on
 * the Lightning Network", arXiv:2107.05322, 2021): a sender who knows only a channel's capacity {@code c} takes the
 * sending side's balance to be uniform on {@code 0..c}, so an HTLC of {@code a} gets through with probability
 * {@code (c + 1 − a) / (c + 1)}. What the sender has learned narrows this: if the balance is known to lie in
 * {@code lo..hi}, the probability is 1 up to {@code lo}, 0 above {@code hi}, and {@code (hi + 1 − a) / (hi + 1 − lo)}
 * in between. Routing minimises {@code −log} of it, which adds up along a path as the probabilities multiply.
 */
public final class SuccessProbability {

    private SuccessProbability() {
    }

    /** {@code (c + 1 − a) / (c + 1)}, 0 if {@code a > c}. */
    public static double uniform(long amount, long capacity) {
        if (amount < 0 || capacity < 0) {
            throw new IllegalArgumentException("amount and capacity cannot be negative: " + amount + ", " + capacity);
        }
        return amount > capacity ? 0 : (double) (capacity + 1 - amount) / (capacity + 1);
    }

    /** The probability that a balance known to lie in {@code lo..hi} is at least {@code amount}. */
    public static double conditional(long amount, long lo, long hi) {
        if (amount <= lo) {
            return 1;
        }
        if (amount > hi) {
            return 0;
        }
        return (double) (hi + 1 - amount) / (hi + 1 - lo);
    }

    /** {@code −ln P}: the "uncertainty cost" that adds up along a path. */
    public static double negativeLog(double probability) {
        return probability <= 0 ? Double.POSITIVE_INFINITY : -Math.log(probability);
    }
}
