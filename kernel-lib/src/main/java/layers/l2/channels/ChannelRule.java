package layers.l2.channels;

import layers.core.Rule;

/** The rules of a two-party payment channel, off-chain and on-chain, in BOLT 2 and BOLT 3's terms. */
public enum ChannelRule implements Rule {
    /** BOLT 2: each new commitment carries the next commitment number; an older or skipped one is refused. */
    COMMITMENT_NUMBER("a new state's commitment number is the current one plus one"),
    /** The funding output is all there is: a state may split it, not grow or shrink it. */
    BALANCES_NOT_CAPACITY("the two balances add up to the channel's capacity"),
    /** BOLT 2 {@code commitment_signed}: a commitment is only binding once both have signed it. */
    BAD_SIGNATURE("both parties' signature shares on the commitment transaction verify"),
    /** BOLT 2 {@code revoke_and_ack}: the revealed secret must generate the commitment's per_commitment_point. */
    WRONG_REVOCATION_SECRET("a revealed per_commitment_secret times G is the commitment's per_commitment_point"),
    /** BOLT 3 {@code to_local}: {@code to_self_delay OP_CSV} before the owner's delayed key may spend. */
    TO_SELF_DELAY("the owner spends its to_local output only to_self_delay blocks after the commitment confirmed"),
    /** After a close the funding output is spent: no state can change it any more. */
    CHANNEL_CLOSED("a closed channel takes no more updates");

    private final String description;

    ChannelRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
