package layers.l2.htlc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-hop amounts and time locks of a route, computed from the recipient back to the sender as a sender builds its
 * onion (BOLT 4 "Route construction"; fees per BOLT 7): the last HTLC carries the payment and expires
 * {@code min_final_cltv_expiry_delta} blocks from now; each earlier HTLC adds the fee and the
 * {@code cltv_expiry_delta} of the node that forwards it. So amounts and expiries both <em>decrease</em> along the
 * route: every forwarding node is paid its fee, and has {@code cltv_expiry_delta} blocks to claim its incoming HTLC
 * after its outgoing one is settled.
 */
public final class RouteHops {

    /** BOLT 11: "the default is 18" for {@code min_final_cltv_expiry_delta} (field {@code c}) when an invoice omits it. */
    public static final int DEFAULT_MIN_FINAL_CLTV_EXPIRY_DELTA = 18;

    private RouteHops() {
    }

    /**
     * The payloads of a route whose channel {@code i} goes from node {@code i} to node {@code i + 1} under
     * {@code policies.get(i)} (the sender's own channel, index 0, charges nothing).
     *
     * @throws IllegalArgumentException if there is no channel or the amount is zero
     */
    public static List<HopPayload> computeHopPayloads(List<ChannelPolicy> policies, Msat amount, int currentHeight,
                                                      int minFinalCltvExpiryDelta) {
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("a route has at least one channel");
        }
        if (amount.isZero()) {
            throw new IllegalArgumentException("a payment carries more than 0 msat");
        }
        int hops = policies.size();
        HopPayload[] payloads = new HopPayload[hops];
        payloads[hops - 1] = new HopPayload(amount, currentHeight + minFinalCltvExpiryDelta);
        for (int i = hops - 2; i >= 0; i--) {
            ChannelPolicy forwarder = policies.get(i + 1);
            HopPayload next = payloads[i + 1];
            payloads[i] = new HopPayload(next.amount().plus(forwarder.fee(next.amount())),
                    next.cltvExpiry() + forwarder.cltvExpiryDelta());
        }
        return List.copyOf(Arrays.asList(payloads));
    }

    /** What the sender pays beyond the amount: the first HTLC minus the last. */
    public static Msat totalFee(List<HopPayload> payloads) {
        return payloads.get(0).amount().minus(payloads.get(payloads.size() - 1).amount());
    }

    /** The fee each forwarding node earns: incoming minus outgoing amount, for nodes 1 to n−1. */
    public static List<Msat> feesEarned(List<HopPayload> payloads) {
        List<Msat> fees = new ArrayList<>();
        for (int i = 1; i < payloads.size(); i++) {
            fees.add(payloads.get(i - 1).amount().minus(payloads.get(i).amount()));
        }
        return fees;
    }
}
