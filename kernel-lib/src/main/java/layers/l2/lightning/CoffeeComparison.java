package layers.l2.lightning;

/**
 * The seeds' coffee, paid on Bitcoin's L1 and over Lightning: latency, fee and throughput, from inputs with cited
 * defaults. A model to reason with, not a measurement of any network.
 *
 * @param coffeeUsd         the price of the coffee
 * @param btcUsd            the price of a bitcoin, an input and not a quote
 * @param l1Tps             L1 throughput: the seeds' "≈7 tps" for Bitcoin
 * @param blockSeconds      Bitcoin's target block interval, 600 s (whitepaper §7; Bitcoin Core's nPowTargetSpacing)
 * @param confirmations     blocks a merchant waits for
 * @param feeRateSatPerVb   the L1 fee rate, an input
 * @param lightningFeeMsat  what the route charges, e.g. the median fee a {@link LightningRouter} finds
 * @param hops              the route's length
 * @param roundTripMillis   one network round trip between two nodes
 */
public record CoffeeComparison(double coffeeUsd, double btcUsd, double l1Tps, double blockSeconds, int confirmations,
                               double feeRateSatPerVb, long lightningFeeMsat, int hops, double roundTripMillis) {

    /** Round trips per hop: BOLT 2's add, commitment_signed, revoke_and_ack one way, then the same to settle (a model). */
    public static final double ROUND_TRIPS_PER_HOP = 3;
    /** BOLT 2: {@code max_accepted_htlcs} "MUST NOT be greater than 483". */
    public static final int MAX_ACCEPTED_HTLCS = 483;

    public CoffeeComparison {
        if (coffeeUsd <= 0 || btcUsd <= 0 || l1Tps <= 0 || blockSeconds <= 0 || confirmations < 0 || feeRateSatPerVb < 0
                || lightningFeeMsat < 0 || hops < 1 || roundTripMillis < 0) {
            throw new IllegalArgumentException("inputs must be positive (hops at least 1): coffee " + coffeeUsd
                    + ", BTC " + btcUsd + ", tps " + l1Tps + ", block " + blockSeconds + " s, confirmations "
                    + confirmations + ", fee rate " + feeRateSatPerVb + ", fee " + lightningFeeMsat + " msat, hops "
                    + hops + ", RTT " + roundTripMillis);
        }
    }

    /** A $4 coffee at $60,000 per bitcoin, 1 confirmation, 10 sat/vB, 3 hops, 100 ms round trips, a 0 msat fee. */
    public static CoffeeComparison defaults() {
        return new CoffeeComparison(4.0, 60_000, 7, 600, 1, 10, 0, 3, 100);
    }

    public CoffeeComparison withLightningFee(long feeMsat, int routeHops) {
        return new CoffeeComparison(coffeeUsd, btcUsd, l1Tps, blockSeconds, confirmations, feeRateSatPerVb, feeMsat,
                routeHops, roundTripMillis);
    }

    /** The coffee in satoshis. */
    public long coffeeSats() {
        return Math.round(coffeeUsd / btcUsd * 100_000_000);
    }

    /** Expected wait for {@code confirmations} blocks (blocks arrive as a Poisson process): {@code n × 600 s}. */
    public double l1LatencySeconds() {
        return confirmations * blockSeconds;
    }

    /** fee rate × a simple payment's vbytes ({@link OnChainCosts#paymentVbytes()}), in dollars. */
    public double l1FeeUsd() {
        return feeRateSatPerVb * OnChainCosts.paymentVbytes() * btcUsd / 100_000_000;
    }

    /** Hops × round trips per hop × RTT. */
    public double lightningLatencySeconds() {
        return hops * ROUND_TRIPS_PER_HOP * roundTripMillis / 1_000;
    }

    public double lightningFeeUsd() {
        return lightningFeeMsat / 1_000.0 * btcUsd / 100_000_000;
    }

    /** Payments a day the whole of L1 can take: tps × 86,400. */
    public double l1PaymentsPerDay() {
        return l1Tps * 86_400;
    }

    /** One channel's ceiling: 483 HTLCs in flight, each held for one payment's latency. */
    public double lightningPaymentsPerSecondPerChannel() {
        return MAX_ACCEPTED_HTLCS / Math.max(1e-9, lightningLatencySeconds());
    }
}
