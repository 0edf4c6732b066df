package layers.l1.poh;

import layers.l1.crypto.Hash;

import java.util.Objects;
import java.util.Optional;

/**
 * One recorded point of a proof-of-history chain: {@code numHashes} hashes after the previous entry the chain reached
 * {@code hash}. A tick is an entry of plain hashes; an event entry's last hash mixed in the event's hash,
 * {@code hash = SHA-256(previous || mixin)}, which proves the event existed before every later hash. Like Solana's
 * {@code Entry}, with the event's hash standing for its transactions.
 */
public record PohEntry(long numHashes, Hash hash, Optional<Hash> mixin) {

    public PohEntry {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(mixin, "mixin");
    }

    public static PohEntry tick(long numHashes, Hash hash) {
        return new PohEntry(numHashes, hash, Optional.empty());
    }

    public static PohEntry event(long numHashes, Hash hash, Hash mixin) {
        return new PohEntry(numHashes, hash, Optional.of(mixin));
    }

    public boolean isTick() {
        return mixin.isEmpty();
    }
}
