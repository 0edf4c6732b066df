package layers.l1.execution;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.merkle.MerkleProof;
import layers.l1.merkle.MerkleTree;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A proof that the state with a given root holds {@code value} at {@code key}: the entry's leaf and its Merkle path
 * ({@link MerkleTree}, RFC 6962 hashing). What a light client, or an L1 contract checking a rollup's withdrawal,
 * needs instead of the whole state. It proves presence only; the absence of a key is not provable with this tree.
 */
public record EntryProof(StateKey key, BigInteger value, MerkleProof proof) {

    public EntryProof {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(proof, "proof");
    }

    /** The leaf the state root commits to: the key's 41 bytes, then the value as 32 big-endian bytes. */
    public static byte[] leaf(StateKey key, BigInteger value) {
        byte[] out = new byte[StateKey.LENGTH + 32];
        System.arraycopy(key.encoded(), 0, out, 0, StateKey.LENGTH);
        byte[] v = value.toByteArray();
        int n = Math.min(v.length, 32);
        System.arraycopy(v, v.length - n, out, out.length - n, n);
        return out;
    }

    /** Whether this proof shows the entry under {@code stateRoot}. */
    public Verdict verify(Hash stateRoot) {
        return MerkleTree.verify(leaf(key, value), proof, stateRoot);
    }
}
