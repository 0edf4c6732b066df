package layers.l2.htlc;

import java.util.Objects;

/**
 * What one HTLC of a route carries, as the onion tells each node (BOLT 4 {@code amt_to_forward},
 * {@code outgoing_cltv_value}): the amount and the expiry height of the HTLC on that channel.
 */
public record HopPayload(Msat amount, int cltvExpiry) {

    public HopPayload {
        Objects.requireNonNull(amount, "amount");
        if (cltvExpiry < 0) {
            throw new IllegalArgumentException("cltv_expiry is a block height, not " + cltvExpiry);
        }
    }
}
