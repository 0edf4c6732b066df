package layers.l1.merkle;

import layers.l1.crypto.Hash;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded leaves and tampering helpers for the Merkle tests. */
final class MerkleFixtures {

    private MerkleFixtures() {
    }

    static List<Hash> randomHashes(Random random, int count) {
        List<Hash> hashes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] b = new byte[Hash.LENGTH];
            random.nextBytes(b);
            hashes.add(Hash.of(b));
        }
        return hashes;
    }

    /** Distinct leaves of varied lengths: the index in 4 bytes, then up to 40 random bytes. */
    static List<byte[]> randomLeaves(Random random, int count) {
        List<byte[]> leaves = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] b = new byte[4 + random.nextInt(41)];
            random.nextBytes(b);
            b[0] = (byte) (i >>> 24);
            b[1] = (byte) (i >>> 16);
            b[2] = (byte) (i >>> 8);
            b[3] = (byte) i;
            leaves.add(b);
        }
        return leaves;
    }

    /** Every size from 1 to 9, the powers of two and their neighbours, and seeded sizes up to 300. */
    static Set<Integer> sizesUpTo300(Random random) {
        Set<Integer> sizes = new LinkedHashSet<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65,
                127, 128, 129, 255, 256, 257, 299, 300));
        while (sizes.size() < 60) {
            sizes.add(1 + random.nextInt(300));
        }
        return sizes;
    }

    static Hash flipBit(Hash h) {
        byte[] b = h.bytes();
        b[0] ^= 1;
        return Hash.of(b);
    }
}
