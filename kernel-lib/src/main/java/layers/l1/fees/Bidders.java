package layers.l1.fees;

import java.util.Objects;

/**
 * How users bid. Each user values inclusion at some price per gas, drawn log-normally around
 * {@code medianMaxFee} (the log's standard deviation is {@code maxFeeSpread}), and adds a tip drawn around
 * {@code medianPriorityFee}. Under EIP-1559 the value is the transaction's max fee and the tip its max priority
 * fee. Under a first-price auction a user bids like a fee-estimating wallet: the lowest price the last full block
 * included (0 if it was not full) plus the tip, never above the value. A user who waits longer than a patience
 * drawn exponentially around {@code meanPatienceSeconds} gives up.
 *
 * <p>These are modelling assumptions chosen to give plausible orders of magnitude (tens of Gwei, minutes of
 * patience), not measurements.
 */
public record Bidders(Wei medianMaxFee, double maxFeeSpread, Wei medianPriorityFee, double prioritySpread,
                      GasMix mix, double meanPatienceSeconds) {

    public Bidders {
        Objects.requireNonNull(medianMaxFee, "medianMaxFee");
        Objects.requireNonNull(medianPriorityFee, "medianPriorityFee");
        Objects.requireNonNull(mix, "mix");
        if (medianMaxFee.isZero()) {
            throw new IllegalArgumentException("the median max fee must be positive");
        }
        if (!(maxFeeSpread >= 0) || !(prioritySpread >= 0) || Double.isInfinite(maxFeeSpread)
                || Double.isInfinite(prioritySpread)) {
            throw new IllegalArgumentException("spreads must be finite and 0 or more, were " + maxFeeSpread + " and "
                    + prioritySpread);
        }
        if (!(meanPatienceSeconds > 0)) {
            throw new IllegalArgumentException("patience must be positive, was " + meanPatienceSeconds);
        }
        medianMaxFee.longValueExact();
        medianPriorityFee.longValueExact();
    }

    /** Values around 30 Gwei (spread 0.7), tips around 1.5 Gwei (spread 0.5), {@link GasMix#ethereumTypical()}, 30 minutes' patience. */
    public static Bidders typical() {
        return new Bidders(Wei.gwei(30), 0.7, Wei.of(1_500_000_000L), 0.5, GasMix.ethereumTypical(), 1_800);
    }

    public Bidders withMix(GasMix newMix) {
        return new Bidders(medianMaxFee, maxFeeSpread, medianPriorityFee, prioritySpread, newMix, meanPatienceSeconds);
    }

    public Bidders withMedianMaxFee(Wei fee) {
        return new Bidders(fee, maxFeeSpread, medianPriorityFee, prioritySpread, mix, meanPatienceSeconds);
    }

    public Bidders withPatience(double seconds) {
        return new Bidders(medianMaxFee, maxFeeSpread, medianPriorityFee, prioritySpread, mix, seconds);
    }
}
