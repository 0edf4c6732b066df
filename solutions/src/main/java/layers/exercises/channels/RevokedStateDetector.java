package layers.exercises.channels;

import java.util.Map;
import java.util.Optional;
import layers.l1.crypto.Hash;
import layers.l1.keys.PublicKey;

/** How a victim (or a watchtower) recognises a revoked commitment on chain. */
public interface RevokedStateDetector {

    /**
     * The commitment number of the revoked state whose {@code per_commitment_point} is {@code publishedPoint}, looked
     * up among the secrets the counterparty revealed ({@code revealed}: commitment number to
     * {@code per_commitment_secret}); empty if none of them gives that point (the published state was not revoked).
     * BOLT 3: {@code per_commitment_point = per_commitment_secret * G}. A revealed value that is not a valid secret key
     * is skipped.
     */
    Optional<Long> revokedNumber(PublicKey publishedPoint, Map<Long, Hash> revealed);
}
