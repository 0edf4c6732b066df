package layers.exercises.channels;

import java.util.Map;
import java.util.Optional;
import layers.l1.crypto.Hash;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;

/**
 * Exercise {@code channels.detect-revoked}: find the revealed secret that matches a published commitment. Write
 * {@link #revokedNumber}, then grade it: {@code ./course grade channels.detect-revoked}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Go through the revealed secrets; for each, compute its point and compare it with {@code publishedPoint}.</li>
 *   <li>{@code PrivateKey.fromBytes(secret.bytes()).publicKey()} is {@code secret * G}.</li>
 *   <li>{@code fromBytes} throws {@code IllegalArgumentException} for zero or a number ≥ n: catch it and skip.</li>
 * </ol>
 */
public class MyRevokedStateDetector implements RevokedStateDetector {

    @Override
    public Optional<Long> revokedNumber(PublicKey publishedPoint, Map<Long, Hash> revealed) {
        // BEGIN SOLUTION channels.detect-revoked
        for (Map.Entry<Long, Hash> entry : revealed.entrySet()) {
            try {
                if (PrivateKey.fromBytes(entry.getValue().bytes()).publicKey().equals(publishedPoint)) {
                    return Optional.of(entry.getKey());
                }
            } catch (IllegalArgumentException notAKey) {
                // not a secret key: it cannot be the secret of any commitment
            }
        }
        return Optional.empty();
        // END SOLUTION
    }
}
