package layers.l2.validium;

import layers.l1.merkle.MerkleProof;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A user's exit through the hatch: "account {@code account} has {@code balance} and {@code nonce} in the state
 * whose root the contract holds", with the Merkle proof of that leaf (Part V's state leaf: index, balance, nonce as
 * 4 + 8 + 8 bytes under Part I's tree). Immutable.
 */
public record ExitClaim(int account, long balance, long nonce, MerkleProof proof) {

    public ExitClaim {
        Objects.requireNonNull(proof, "proof");
    }

    /** The leaf bytes, as {@code ZkRollupState.root()} hashes them. */
    public byte[] leaf() {
        return ByteBuffer.allocate(20).putInt(account).putLong(balance).putLong(nonce).array();
    }

    /** The same claim for another balance (for showing the contract rejects it). */
    public ExitClaim withBalance(long other) {
        return new ExitClaim(account, other, nonce, proof);
    }
}
