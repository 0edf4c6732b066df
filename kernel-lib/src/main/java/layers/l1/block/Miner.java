package layers.l1.block;

import layers.l1.crypto.Hash;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

/**
 * Proof of work by brute force: tries nonces until the header's hash meets its target. For the easy targets of tests
 * and notebooks; the first nonce is drawn from a seeded random source, so the same seed mines the same headers.
 * Not thread-safe.
 */
public final class Miner {

    /** A header that meets its target, and how many hashes it took to find. */
    public record Result(BlockHeader header, long hashesTried) {
    }

    private static final long NONCES = 1L << 32;

    private final Random random;
    private final MessageDigest sha256;

    public Miner(long seed) {
        this.random = new Random(seed);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /**
     * {@code template} with a nonce that makes its hash meet its bits, found by trying nonces in turn from a seeded
     * start.
     *
     * @throws IllegalArgumentException if the bits are unusable ({@link CompactTarget#encodingProblem()})
     * @throws IllegalStateException    if none of the 2^32 nonces works (change the time or the target)
     */
    public Result mine(BlockHeader template) {
        template.bits().encodingProblem().ifPresent(problem -> {
            throw new IllegalArgumentException("cannot mine to " + problem);
        });
        byte[] target = littleEndian32(template.bits().toTarget());
        byte[] header = template.serialize();
        byte[] digest = new byte[32];
        long start = random.nextInt() & 0xffff_ffffL;
        for (long tried = 0; tried < NONCES; tried++) {
            long nonce = (start + tried) & 0xffff_ffffL;
            BlockHeader.writeUint32(header, 76, nonce);
            doubleSha256(header, digest);
            if (atMost(digest, target)) {
                BlockHeader found = template.withNonce(nonce);
                assert found.hash().equals(Hash.of(digest));
                return new Result(found, tried + 1);
            }
        }
        throw new IllegalStateException("no nonce makes " + template + " meet its target; change its time or bits");
    }

    /** {@code block} with its header mined again (after its transactions or Merkle root were changed). */
    public Block mine(Block block) {
        return block.withHeader(mine(block.header()).header());
    }

    private void doubleSha256(byte[] header, byte[] out) {
        try {
            sha256.update(header);
            sha256.digest(out, 0, 32);
            sha256.update(out);
            sha256.digest(out, 0, 32);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the hash, read as a little-endian number, is at most the little-endian target. */
    private static boolean atMost(byte[] hash, byte[] target) {
        for (int i = 31; i >= 0; i--) {
            int h = hash[i] & 0xff;
            int t = target[i] & 0xff;
            if (h != t) {
                return h < t;
            }
        }
        return true;
    }

    private static byte[] littleEndian32(BigInteger value) {
        byte[] big = value.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < 32 && i < big.length; i++) {
            out[i] = big[big.length - 1 - i];
        }
        return out;
    }
}
