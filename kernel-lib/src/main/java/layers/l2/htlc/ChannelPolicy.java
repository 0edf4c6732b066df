package layers.l2.htlc;

/**
 * What a node charges to forward over one of its channels, as it announces it in BOLT 7's {@code channel_update}.
 *
 * @param feeBaseMsat              {@code fee_base_msat}: a fixed fee per forwarded HTLC
 * @param feeProportionalMillionths {@code fee_proportional_millionths}: parts per million of the amount forwarded
 * @param cltvExpiryDelta          {@code cltv_expiry_delta}: blocks the node wants between the incoming and the
 *                                 outgoing HTLC's expiry, its time to claim the incoming one after the outgoing one
 *                                 is settled on chain
 */
public record ChannelPolicy(long feeBaseMsat, long feeProportionalMillionths, int cltvExpiryDelta) {

    public ChannelPolicy {
        if (feeBaseMsat < 0 || feeProportionalMillionths < 0) {
            throw new IllegalArgumentException("fees cannot be negative: fee_base_msat " + feeBaseMsat
                    + ", fee_proportional_millionths " + feeProportionalMillionths);
        }
        if (cltvExpiryDelta < 0 || cltvExpiryDelta > 0xFFFF) {
            throw new IllegalArgumentException("cltv_expiry_delta is a 16-bit number of blocks, not " + cltvExpiryDelta);
        }
    }

    /**
     * BOLT 7: {@code fee_base_msat + (amount_to_forward * fee_proportional_millionths / 1000000)}, in integer
     * arithmetic (rounded down).
     */
    public Msat fee(Msat amountToForward) {
        return Msat.of(Math.addExact(feeBaseMsat,
                Math.multiplyExact(amountToForward.msat(), feeProportionalMillionths) / 1_000_000));
    }

    /** The same as {@link #fee} on a plain number of msat (for the router's inner loop). */
    public long feeMsat(long amountToForwardMsat) {
        return feeBaseMsat + amountToForwardMsat * feeProportionalMillionths / 1_000_000;
    }
}
