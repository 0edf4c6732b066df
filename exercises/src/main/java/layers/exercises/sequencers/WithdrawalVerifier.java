package layers.exercises.sequencers;

import layers.l1.crypto.Hash;
import layers.l2.rollup.WithdrawalProof;

/** What the L1 bridge checks before it pays out a withdrawal: the proof against the posted output root. */
public interface WithdrawalVerifier {

    /**
     * Whether {@code proof} shows its withdrawal under {@code postedOutputRoot}: the proof's three roots must hash
     * to it ({@code keccak256(32 zero bytes ‖ stateRoot ‖ withdrawalsRoot ‖ latestBlockHash)}), and the Merkle path
     * must lead from the withdrawal's leaf ({@code withdrawal().leaf()}, hashed as RFC 6962's
     * {@code SHA-256(0x00 ‖ leaf)}) up to the withdrawals root, each step hashing {@code SHA-256(0x01 ‖ left ‖
     * right)} with the sibling on its side. Any mismatch is {@code false}, not an exception.
     */
    boolean verify(WithdrawalProof proof, Hash postedOutputRoot);
}
