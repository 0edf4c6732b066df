package layers.l2.channels;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.PublicKey;

/**
 * BOLT 3's per-commitment secrets: one secret per commitment transaction, all derived from one seed, so that the
 * party who receives them (to revoke old states) can store them compactly. The first commitment uses index
 * {@link #FIRST_INDEX} and each later one the index below. Source: BOLT 3, "Per-commitment Secret Requirements".
 */
public final class PerCommitmentSecret {

    /** BOLT 3: "The first secret used MUST be index 281474976710655" (2^48 − 1), "and from there, the index is decremented". */
    public static final long FIRST_INDEX = (1L << 48) - 1;

    private PerCommitmentSecret() {
    }

    /**
     * BOLT 3 {@code generate_from_seed(seed, I)}: for each bit B of I from 47 down to 0 that is set, flip bit B of
     * P (bit B is bit {@code B mod 8} of byte {@code B / 8}, as the reference implementations number them) and hash:
     * {@code P = SHA256(P)}.
     *
     * @throws IllegalArgumentException if the seed is not 32 bytes or I is not a 48-bit index
     */
    public static Hash generateFromSeed(byte[] seed, long index) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("a per-commitment seed has 32 bytes, not " + seed.length);
        }
        checkIndex(index);
        byte[] p = seed.clone();
        for (int b = 47; b >= 0; b--) {
            if (((index >>> b) & 1) == 1) {
                p[b / 8] ^= (byte) (1 << (b % 8));
                p = Sha256.hash(p).bytes();
            }
        }
        return Hash.of(p);
    }

    /** The index of commitment number {@code n} (0 for the first commitment): {@code FIRST_INDEX − n}. */
    public static long indexOf(long commitmentNumber) {
        if (commitmentNumber < 0 || commitmentNumber > FIRST_INDEX) {
            throw new IllegalArgumentException("a commitment number is 0 to 2^48 - 1, not " + commitmentNumber);
        }
        return FIRST_INDEX - commitmentNumber;
    }

    /** BOLT 3: {@code per_commitment_point = per_commitment_secret * G}. */
    public static PublicKey perCommitmentPoint(Hash secret) {
        return PrivateKey.fromBytes(secret.bytes()).publicKey();
    }

    static void checkIndex(long index) {
        if (index < 0 || index > FIRST_INDEX) {
            throw new IllegalArgumentException("a per-commitment index is 0 to 2^48 - 1, not " + index);
        }
    }
}
