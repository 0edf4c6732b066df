package layers.l1.poh;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.CancellationException;

/**
 * The two steps of a proof-of-history chain: hash the previous hash, or hash it together with an event's hash. Each
 * step needs the result of the one before, so a chain of {@code n} hashes takes {@code n} hashing times on one core
 * however many cores there are; checking it, given intermediate hashes, splits across cores.
 */
public final class PohHash {

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    });
    private static final int INTERRUPT_CHECK_MASK = (1 << 16) - 1;

    private PohHash() {
    }

    /** {@code SHA-256(previous)}. */
    public static Hash next(Hash previous) {
        return Sha256.hash(previous.bytes());
    }

    /** {@code SHA-256(previous || eventHash)}: the event is now part of the history. */
    public static Hash mixin(Hash previous, Hash eventHash) {
        return Sha256.hash(previous.bytes(), eventHash.bytes());
    }

    /**
     * {@link #next} applied {@code n} times, hashing in place in one buffer (no allocation per hash). Gives exactly
     * what {@code n} calls of {@link #next} give. Stops with a {@link CancellationException} if the thread is
     * interrupted.
     */
    public static Hash repeat(Hash start, long n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of hashes cannot be negative: " + n);
        }
        MessageDigest digest = DIGEST.get();
        byte[] buffer = start.bytes();
        try {
            for (long i = 0; i < n; i++) {
                digest.update(buffer, 0, Hash.LENGTH);
                digest.digest(buffer, 0, Hash.LENGTH);
                if ((i & INTERRUPT_CHECK_MASK) == INTERRUPT_CHECK_MASK && Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("hashing interrupted after " + (i + 1) + " of " + n + " hashes");
                }
            }
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 into a 32-byte buffer failed", e);
        }
        return Hash.of(buffer);
    }
}
