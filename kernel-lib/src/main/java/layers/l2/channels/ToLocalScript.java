package layers.l2.channels;

import layers.l1.keys.PublicKey;

import java.util.Objects;

/**
 * BOLT 3's {@code to_local} witness script, which the course's L1 (one key per output) cannot express and
 * {@link ChannelChain} enforces instead:
 * {@code OP_IF <revocationpubkey> OP_ELSE to_self_delay OP_CSV OP_DROP <local_delayedpubkey> OP_ENDIF OP_CHECKSIG}.
 * The counterparty can spend at once with the revocation key, which it can compute only for a revoked commitment;
 * the owner can spend with its delayed key after {@code to_self_delay} blocks.
 */
public record ToLocalScript(PublicKey revocationPubkey, PublicKey localDelayedPubkey, int toSelfDelay) {

    public ToLocalScript {
        Objects.requireNonNull(revocationPubkey, "revocationPubkey");
        Objects.requireNonNull(localDelayedPubkey, "localDelayedPubkey");
        if (toSelfDelay < 1) {
            throw new IllegalArgumentException("to_self_delay is at least 1 block, not " + toSelfDelay);
        }
    }
}
