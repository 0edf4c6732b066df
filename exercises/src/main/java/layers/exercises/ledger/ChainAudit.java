package layers.exercises.ledger;

import java.util.List;
import java.util.Optional;
import layers.l1.block.Block;
import layers.l1.block.BlockRule;

/**
 * The three checks that chain blocks together, run over a whole chain the way a node that starts from the genesis
 * block runs them.
 */
public interface ChainAudit {

    /** A block that breaks a rule: its height (the first block of the list is 0) and the rule. */
    record Fault(int height, BlockRule rule) {
    }

    /**
     * The first fault of {@code blocks} (genesis first, each block with at least one transaction), checking one block
     * after the other and, within a block, in this order:
     * <ol>
     *   <li>{@link BlockRule#HIGH_HASH}: the header's hash is above the target its bits encode;</li>
     *   <li>{@link BlockRule#PREVIOUS_HASH_MISMATCH}: the header's previous hash is not the hash of the block before
     *       it in the list ({@link layers.l1.crypto.Hash#ZERO} for the first block);</li>
     *   <li>{@link BlockRule#MERKLE_ROOT_MISMATCH}: the header's Merkle root is not the root of the block's
     *       transaction ids.</li>
     * </ol>
     * No other rule is checked.
     *
     * @return the first fault, or empty if every block keeps all three rules
     */
    Optional<Fault> firstFault(List<Block> blocks);
}
