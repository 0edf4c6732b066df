package layers.exercises.pow;

import java.math.BigInteger;
import java.util.List;
import layers.l1.block.CompactTarget;

/**
 * Heaviest-chain fork choice, as a Bitcoin node makes it: follow the chain with the most cumulative work, not the
 * one with the most blocks. Source: Bitcoin Core {@code GetBlockProof} (src/chain.cpp), summed into each block's
 * {@code nChainWork}, which {@code CBlockIndexWorkComparator} compares to rank the candidate tips.
 */
public interface HeaviestChain {

    /**
     * The work a block at {@code bits} proves: the expected number of hashes to meet its target,
     * {@code 2^256 / (target + 1)}, rounded down. Bits that encode no usable target (negative, more than 256 bits,
     * or zero: {@link CompactTarget#encodingProblem()} is not empty) prove no work: 0.
     */
    BigInteger blockProof(CompactTarget bits);

    /**
     * The position in {@code chains} of the chain with the most work, the sum of its blocks' {@link #blockProof}.
     * Each chain is the bits of its blocks from the fork point up. On a tie the earliest chain in the list wins, as a
     * node keeps the chain it saw first.
     *
     * @throws IllegalArgumentException if {@code chains} is empty
     */
    int heaviest(List<List<CompactTarget>> chains);
}
