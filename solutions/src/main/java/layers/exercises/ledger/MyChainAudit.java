package layers.exercises.ledger;

import java.util.List;
import java.util.Optional;
import layers.l1.block.Block;
import layers.l1.block.BlockHeader;
import layers.l1.block.BlockRule;
import layers.l1.crypto.Hash;

/**
 * Exercise {@code ledger.first-invalid-block}: find the first block of a chain whose proof of work, link or Merkle
 * root is wrong. Write {@link #firstFault}, then grade it: {@code ./course grade ledger.first-invalid-block}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Walk the list with an index {@code height}, and keep the hash the next block must name: {@code Hash.ZERO}
 *       before the first block, then {@code blocks.get(height).hash()}.</li>
 *   <li>A header knows whether it meets its target: {@code header.meetsTarget()}. A block computes the root its
 *       header should carry: {@code block.computeMerkleRoot()}.</li>
 *   <li>Compare hashes with {@code equals}, never {@code ==}. Return
 *       {@code Optional.of(new Fault(height, BlockRule.HIGH_HASH))} at the first failed check.</li>
 * </ol>
 */
public class MyChainAudit implements ChainAudit {

    @Override
    public Optional<Fault> firstFault(List<Block> blocks) {
        // BEGIN SOLUTION ledger.first-invalid-block
        Hash previous = Hash.ZERO;
        for (int height = 0; height < blocks.size(); height++) {
            Block block = blocks.get(height);
            BlockHeader header = block.header();
            if (!header.meetsTarget()) {
                return Optional.of(new Fault(height, BlockRule.HIGH_HASH));
            }
            if (!header.previousHash().equals(previous)) {
                return Optional.of(new Fault(height, BlockRule.PREVIOUS_HASH_MISMATCH));
            }
            if (!block.computeMerkleRoot().equals(header.merkleRoot())) {
                return Optional.of(new Fault(height, BlockRule.MERKLE_ROOT_MISMATCH));
            }
            previous = block.hash();
        }
        return Optional.empty();
        // END SOLUTION
    }
}
