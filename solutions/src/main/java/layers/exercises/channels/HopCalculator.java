package layers.exercises.channels;

import java.util.List;
import layers.l2.htlc.ChannelPolicy;
import layers.l2.htlc.HopPayload;
import layers.l2.htlc.Msat;

/** The sender's arithmetic for a route's HTLCs (BOLT 4 route construction, BOLT 7 fees). */
public interface HopCalculator {

    /**
     * One payload per channel of the route, channel {@code i} going from node {@code i} to node {@code i + 1} under
     * {@code policies.get(i)}. The last HTLC carries {@code amount} and expires at
     * {@code height + minFinalCltvExpiryDelta}; the HTLC of channel {@code i} carries the next one's amount plus the
     * fee of channel {@code i + 1}'s policy on that amount ({@code fee_base_msat + amount *
     * fee_proportional_millionths / 1000000}, rounded down) and expires {@code cltv_expiry_delta} of channel
     * {@code i + 1}'s policy later. The first channel's own policy charges nothing: it is the sender's.
     *
     * @throws IllegalArgumentException if {@code policies} is empty
     */
    List<HopPayload> payloads(List<ChannelPolicy> policies, Msat amount, int height, int minFinalCltvExpiryDelta);
}
