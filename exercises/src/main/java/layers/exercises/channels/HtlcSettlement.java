package layers.exercises.channels;

import layers.l1.crypto.Hash;

/** What happens to an HTLC at a given height. */
public interface HtlcSettlement {

    /** The three ways an HTLC can stand. */
    enum Decision {
        /** The receiver holds a preimage of the payment hash and the HTLC has not expired: it is paid. */
        FULFILL,
        /** The HTLC has expired ({@code height >= cltvExpiry}) and was not fulfilled: the offerer takes it back. */
        TIMEOUT,
        /** Neither yet: no valid preimage, and time left. */
        WAIT
    }

    /**
     * The decision for an HTLC with {@code paymentHash} and {@code cltvExpiry} at block {@code height}, when the
     * receiver holds {@code preimage} ({@code null} if it holds none). A preimage is valid if its SHA-256 is the
     * payment hash; an invalid one counts as none.
     */
    Decision decide(Hash paymentHash, int cltvExpiry, Hash preimage, int height);
}
