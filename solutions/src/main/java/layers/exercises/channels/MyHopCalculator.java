package layers.exercises.channels;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import layers.l2.htlc.ChannelPolicy;
import layers.l2.htlc.HopPayload;
import layers.l2.htlc.Msat;

/**
 * Exercise {@code channels.hop-amounts}: per-hop amounts and time locks, from the recipient back to the sender.
 * Write {@link #payloads}, then grade it: {@code ./course grade channels.hop-amounts}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Start at the end: the last payload is {@code new HopPayload(amount, height + minFinalCltvExpiryDelta)}.</li>
 *   <li>Walk backwards, i from {@code size - 2} down to 0, using {@code policies.get(i + 1)}: the node at the start of
 *       channel {@code i + 1} is the one that forwards, and charges.</li>
 *   <li>{@code policy.fee(next.amount())} computes BOLT 7's fee; {@code Msat.plus} adds exactly. Reverse the list at
 *       the end, or fill an array from the back.</li>
 * </ol>
 */
public class MyHopCalculator implements HopCalculator {

    @Override
    public List<HopPayload> payloads(List<ChannelPolicy> policies, Msat amount, int height,
                                     int minFinalCltvExpiryDelta) {
        // BEGIN SOLUTION channels.hop-amounts
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("a route has at least one channel");
        }
        List<HopPayload> backwards = new ArrayList<>();
        HopPayload next = new HopPayload(amount, height + minFinalCltvExpiryDelta);
        backwards.add(next);
        for (int i = policies.size() - 2; i >= 0; i--) {
            ChannelPolicy forwarder = policies.get(i + 1);
            next = new HopPayload(next.amount().plus(forwarder.fee(next.amount())),
                    next.cltvExpiry() + forwarder.cltvExpiryDelta());
            backwards.add(next);
        }
        Collections.reverse(backwards);
        return backwards;
        // END SOLUTION
    }
}
