package layers.l2.lightning;

/**
 * How the router weighs fees against the risk of failure, and its limits.
 *
 * @param attemptCostMsat fixed part of the price put on one failed attempt, in msat
 * @param attemptCostPpm  part of the price per million of the amount
 * @param maxHops         the longest route tried
 * @param minFinalCltvExpiryDelta the recipient's {@code min_final_cltv_expiry_delta}
 * @param approximation   ε: {@link LightningRouter#findPath} may return a route up to {@code 1 + ε} times the
 *                        cheapest, in exchange for speed (0: exact)
 */
public record RouterConfig(long attemptCostMsat, long attemptCostPpm, int maxHops, int minFinalCltvExpiryDelta,
                           double approximation) {

    /**
     * A failed attempt priced at 100 sat + 1,000 ppm of the amount, LND's defaults ({@code routerrpc.attemptcost},
     * {@code routerrpc.attemptcostppm}); at most 20 hops, the limit of BOLT 4's original fixed-size onion; BOLT 11's
     * default {@code min_final_cltv_expiry_delta} of 18; routes within 25% of the cheapest cost (ε = 0.25): on the
     * public-network-sized graph they cost about 3% more than the cheapest on average, for about 40% less search
     * ({@code ./course bench routing} measures both).
     */
    public static RouterConfig defaults() {
        return new RouterConfig(100_000, 1_000, 20, 18, 0.25);
    }

    public RouterConfig {
        if (attemptCostMsat < 0 || attemptCostPpm < 0) {
            throw new IllegalArgumentException("attempt costs cannot be negative: " + attemptCostMsat + " msat, "
                    + attemptCostPpm + " ppm");
        }
        if (!(approximation >= 0)) {
            throw new IllegalArgumentException("the approximation ε is 0 or more, not " + approximation);
        }
        if (maxHops < 1) {
            throw new IllegalArgumentException("a route has at least 1 hop, maxHops " + maxHops);
        }
    }

    /** A router that ignores the risk of failure: cheapest fees only. */
    public RouterConfig feesOnly() {
        return new RouterConfig(0, 0, maxHops, minFinalCltvExpiryDelta, approximation);
    }

    /** The same weights, the cheapest route exactly (ε = 0). */
    public RouterConfig exact() {
        return new RouterConfig(attemptCostMsat, attemptCostPpm, maxHops, minFinalCltvExpiryDelta, 0);
    }

    /** The same with at most {@code hops} hops. */
    public RouterConfig withMaxHops(int hops) {
        return new RouterConfig(attemptCostMsat, attemptCostPpm, hops, minFinalCltvExpiryDelta, approximation);
    }

    /** The price of one unit of {@code −ln P} for a payment of {@code amountMsat}: the attempt cost. */
    public double riskWeightMsat(long amountMsat) {
        return attemptCostMsat + (double) amountMsat * attemptCostPpm / 1_000_000;
    }
}
