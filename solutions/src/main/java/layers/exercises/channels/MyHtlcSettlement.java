package layers.exercises.channels;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;

/**
 * Exercise {@code channels.settle-htlc}: fulfil, time out or wait. Write {@link #decide}, then grade it:
 * {@code ./course grade channels.settle-htlc}.
 *
 * <p>Hints:
 * <ol>
 *   <li>First decide whether the preimage is valid: not null, and {@code Sha256.hash(preimage.bytes())} equals the
 *       payment hash.</li>
 *   <li>Expiry first: at {@code height >= cltvExpiry} the time lock has passed and only the offerer can claim.</li>
 *   <li>Before expiry: a valid preimage fulfils; anything else waits.</li>
 * </ol>
 */
public class MyHtlcSettlement implements HtlcSettlement {

    @Override
    public Decision decide(Hash paymentHash, int cltvExpiry, Hash preimage, int height) {
        // BEGIN SOLUTION channels.settle-htlc
        if (height >= cltvExpiry) {
            return Decision.TIMEOUT;
        }
        boolean valid = preimage != null && Sha256.hash(preimage.bytes()).equals(paymentHash);
        return valid ? Decision.FULFILL : Decision.WAIT;
        // END SOLUTION
    }
}
