package layers.l2.zk.commit;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.merkle.MerkleRule;
import layers.l1.merkle.MerkleTree;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MerkleCommitmentTest {

    private static byte[] leaf(int i) {
        return new byte[] {(byte) i, (byte) (i >> 8), 7};
    }

    @Test
    void rootIsPartOnesRfc6962Root() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            leaves.add(leaf(i));
        }
        assertEquals(MerkleTree.root(leaves), MerkleCommitment.commit(16, MerkleCommitmentTest::leaf).root());
    }

    @Test
    void everyOpeningVerifiesAndATamperedOneIsRejected() {
        MerkleCommitment c = MerkleCommitment.commit(64, MerkleCommitmentTest::leaf);
        for (int i = 0; i < 64; i++) {
            assertTrue(MerkleCommitment.verify(c.root(), i, 64, leaf(i), c.open(i)).isValid(), "leaf " + i);
        }
        List<Hash> path = new ArrayList<>(c.open(5));
        assertTrue(MerkleCommitment.verify(c.root(), 5, 64, leaf(6), path).isRejectedFor(MerkleRule.WRONG_ROOT),
                "another leaf's data");
        assertTrue(MerkleCommitment.verify(c.root(), 6, 64, leaf(5), path).isRejectedFor(MerkleRule.WRONG_ROOT),
                "the right data at another index");
        path.set(3, Hash.ZERO);
        Verdict v = MerkleCommitment.verify(c.root(), 5, 64, leaf(5), path);
        assertTrue(v.isRejectedFor(MerkleRule.WRONG_ROOT), v.toString());
        assertTrue(MerkleCommitment.verify(c.root(), 5, 64, leaf(5), c.open(5).subList(0, 5))
                .isRejectedFor(MerkleRule.PATH_TOO_SHORT));
    }

    @Test
    void nonPowerOfTwoCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MerkleCommitment.commit(6, MerkleCommitmentTest::leaf));
    }
}
