package layers.exercises.settlement;

import java.util.List;
import layers.core.Verdict;
import layers.l1.block.BlockHeader;
import layers.l1.block.ChainParams;
import layers.l1.crypto.Hash;
import layers.l1.merkle.MerkleProof;

/**
 * A light client's check of a payment (Bitcoin whitepaper, section 8, "Simplified Payment Verification"): headers
 * only, a Merkle proof that the transaction is in one of them, and enough blocks on top.
 */
public interface SpvPayment {

    /**
     * Whether a light client given {@code headers} (from genesis, in order) can count {@code txid} as paid in the
     * block {@code blockHash} with at least {@code minConfirmations} confirmations. The checks, in this order; the
     * first failure is the verdict:
     * <ol>
     *   <li>each header, in order: {@code BlockRule.HIGH_HASH} if its hash does not meet its own target;
     *       {@code BlockRule.PREVIOUS_HASH_MISMATCH} if its {@code previousHash} is not the hash of the header before
     *       it ({@code Hash.ZERO} for the first); {@code BlockRule.BAD_DIFFICULTY_BITS} if its {@code bits} are not
     *       {@code params.workRequired().nextWorkRequired(the headers before it)};</li>
     *   <li>{@code SettlementRule.UNKNOWN_BLOCK} if no header has the hash {@code blockHash};</li>
     *   <li>the Merkle proof against that header's root, {@code BitcoinMerkleTree.verify(txid, proof, root)}: its
     *       verdict if it is rejected;</li>
     *   <li>{@code SettlementRule.TOO_FEW_CONFIRMATIONS} if the block has fewer than {@code minConfirmations}
     *       confirmations (itself and every header after it: 1 for the last header).</li>
     * </ol>
     *
     * @throws IllegalArgumentException if {@code minConfirmations} is below 1
     */
    Verdict verifyPayment(ChainParams params, List<BlockHeader> headers, Hash txid, MerkleProof proof, Hash blockHash,
                          int minConfirmations);
}
