package layers.l2.lightning;

/**
 * How the router weighs fees against the risk of failure, and its limits.
 *
 * @param attemptCostMsat fixed part of the price put on one failed attempt, in msat
 * @param attemptCostPpm  part of the price per million of the amount
 * @param maxHops         the longest route tried
 * @param minFinalCltvExpiryDelta the recipient's {@code min_final_cltv_expiry_delta}
 */
public record RouterConfig(long attemptCostMsat, long attemptCostPpm, int maxHops, int minFinalCltvExpiryDelta) {

    /**
     * A failed attempt priced at 100 sat + 1,000 ppm of the amount, LND's defaults ({@code routerrpc.attemptcost},
     * {@code routerrpc.attemptcostppm}); at most 20 hops, the limit of BOLT 4's original fixed-size onion; BOLT 11's
     * default {@code min_final_cltv_expiry_delta} of 18.
     */
    public static RouterConfig defaults() {
        return new RouterConfig(100_000, 1_000, 20, 18);
    }

    public RouterConfig {
        if (attemptCostMsat < 0 || attemptCostPpm < 0) {
            throw new IllegalArgumentException("attempt costs cannot be negative: " + attemptCostMsat + " msat, "
                    + attemptCostPpm + " ppm");
        }
        if (maxHops < 1) {
            throw new IllegalArgumentException("a route has at least 1 hop, maxHops " + maxHops);
        }
    }

    /** A router that ignores the risk of failure: cheapest fees only. */
    public RouterConfig feesOnly() {
        return new RouterConfig(0, 0, maxHops, minFinalCltvExpiryDelta);
    }

    /** The price of one unit of {@code −ln P} for a payment of {@code amountMsat}: the attempt cost. */
    public double riskWeightMsat(long amountMsat) {
        return attemptCostMsat + (double) amountMsat * attemptCostPpm / 1_000_000;
    }
}
