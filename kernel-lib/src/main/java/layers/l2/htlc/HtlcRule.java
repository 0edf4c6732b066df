package layers.l2.htlc;

import layers.core.Rule;

/**
 * The rules an HTLC and its forwarding must keep. The forwarding failures carry BOLT 4's failure-message names; the
 * claim rules are those of BOLT 3's HTLC output scripts.
 */
public enum HtlcRule implements Rule {
    /** BOLT 3 HTLC scripts: {@code OP_HASH160 <RIPEMD160(payment_hash)> OP_EQUALVERIFY} on the preimage. */
    WRONG_PREIMAGE("the preimage hashes (SHA-256) to the payment hash"),
    /** After {@code cltv_expiry} the offerer takes the HTLC back: the receiver must claim before. */
    HTLC_EXPIRED("the receiver claims with the preimage before the HTLC's cltv_expiry"),
    /** BOLT 3 {@code OP_CHECKLOCKTIMEVERIFY}: the offerer takes the HTLC back only from {@code cltv_expiry} on. */
    NOT_YET_EXPIRED("the offerer times the HTLC out only at or after its cltv_expiry"),
    /** An HTLC is settled once, either way. */
    ALREADY_RESOLVED("an HTLC is fulfilled or timed out once"),
    /** BOLT 4 {@code fee_insufficient}. */
    FEE_INSUFFICIENT("the incoming HTLC exceeds the outgoing one by at least the channel's fee"),
    /** BOLT 4 {@code incorrect_cltv_expiry}. */
    INCORRECT_CLTV_EXPIRY("the incoming HTLC expires at least cltv_expiry_delta blocks after the outgoing one"),
    /** BOLT 4 {@code temporary_channel_failure}: not enough balance on the outgoing channel, or the node refuses. */
    TEMPORARY_CHANNEL_FAILURE("the forwarding node can and will carry the HTLC on its outgoing channel"),
    /** BOLT 4 {@code unknown_next_peer}: the next node is unreachable. */
    UNKNOWN_NEXT_PEER("the next node is online"),
    /** BOLT 4 {@code final_incorrect_htlc_amount} / {@code incorrect_or_unknown_payment_details}. */
    INCORRECT_OR_UNKNOWN_PAYMENT_DETAILS("the final HTLC pays the invoice's amount for a payment hash the "
            + "recipient knows"),
    /** BOLT 4 {@code final_incorrect_cltv_expiry}, with BOLT 11's {@code min_final_cltv_expiry_delta}. */
    FINAL_INCORRECT_CLTV_EXPIRY("the final HTLC expires at least min_final_cltv_expiry_delta blocks from now");

    private final String description;

    HtlcRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
