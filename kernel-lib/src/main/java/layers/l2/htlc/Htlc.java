package layers.l2.htlc;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;

import java.util.Objects;

/**
 * A hashed time-locked contract: {@code amount} moves from the offerer to the receiver if the receiver shows a
 * preimage of {@code paymentHash} (SHA-256) before block {@code cltvExpiry}; from that block on, the offerer can take
 * it back. Source: BOLT 2 {@code update_add_htlc} ({@code payment_hash}, {@code amount_msat}, {@code cltv_expiry}),
 * BOLT 3 offered/received HTLC outputs. Mutable: it is pending until fulfilled or timed out, once.
 */
public final class Htlc {

    /** Where an HTLC stands. */
    public enum Status { PENDING, FULFILLED, TIMED_OUT, FAILED }

    private final Hash paymentHash;
    private final Msat amount;
    private final int cltvExpiry;
    private Status status = Status.PENDING;

    public Htlc(Hash paymentHash, Msat amount, int cltvExpiry) {
        this.paymentHash = Objects.requireNonNull(paymentHash, "paymentHash");
        this.amount = Objects.requireNonNull(amount, "amount");
        if (amount.isZero()) {
            throw new IllegalArgumentException("an HTLC carries more than 0 msat");
        }
        if (cltvExpiry < 0) {
            throw new IllegalArgumentException("cltv_expiry is a block height, not " + cltvExpiry);
        }
        this.cltvExpiry = cltvExpiry;
    }

    /** {@code payment_hash = SHA256(payment_preimage)} (BOLT 2). */
    public static Hash paymentHash(Hash preimage) {
        return Sha256.hash(preimage.bytes());
    }

    /** The receiver claims at {@code height} with {@code preimage}. */
    public Verdict fulfill(Hash preimage, int height) {
        Verdict verdict = checkPending()
                .orElse(() -> checkPreimage(preimage))
                .orElse(() -> height < cltvExpiry ? Verdict.valid() : Verdict.rejected(HtlcRule.HTLC_EXPIRED,
                        "claimed at height " + height + ", the HTLC expired at " + cltvExpiry));
        if (verdict.isValid()) {
            status = Status.FULFILLED;
        }
        return verdict;
    }

    /** The offerer takes the HTLC back at {@code height} ({@code OP_CHECKLOCKTIMEVERIFY}). */
    public Verdict timeout(int height) {
        Verdict verdict = checkPending().orElse(() -> height >= cltvExpiry ? Verdict.valid()
                : Verdict.rejected(HtlcRule.NOT_YET_EXPIRED, "timed out at height " + height + ", but cltv_expiry is "
                        + cltvExpiry + " (" + (cltvExpiry - height) + " blocks to go)"));
        if (verdict.isValid()) {
            status = Status.TIMED_OUT;
        }
        return verdict;
    }

    /** Both agree to remove it off-chain (BOLT 2 {@code update_fail_htlc}): the money goes back to the offerer. */
    public Verdict fail() {
        Verdict verdict = checkPending();
        if (verdict.isValid()) {
            status = Status.FAILED;
        }
        return verdict;
    }

    /** SHA-256 of the preimage is the payment hash. */
    public Verdict checkPreimage(Hash preimage) {
        Hash hash = paymentHash(preimage);
        return hash.equals(paymentHash) ? Verdict.valid() : Verdict.rejected(HtlcRule.WRONG_PREIMAGE,
                "SHA256(" + preimage.toHex().substring(0, 16) + "…) = " + hash.toHex().substring(0, 16)
                        + "…, the payment hash is " + paymentHash.toHex().substring(0, 16) + "…");
    }

    private Verdict checkPending() {
        return status == Status.PENDING ? Verdict.valid()
                : Verdict.rejected(HtlcRule.ALREADY_RESOLVED, "the HTLC is already " + status);
    }

    public Hash paymentHash() {
        return paymentHash;
    }

    public Msat amount() {
        return amount;
    }

    public int cltvExpiry() {
        return cltvExpiry;
    }

    public Status status() {
        return status;
    }

    @Override
    public String toString() {
        return "Htlc(" + amount + ", expiry " + cltvExpiry + ", " + status + ")";
    }
}
