package layers.l1.pow;

import layers.l1.block.CompactTarget;

import java.math.BigInteger;
import java.util.List;

/**
 * Which chain a Bitcoin node follows: the one with the most cumulative work, not the most blocks (Bitcoin Core
 * {@code CBlockIndexWorkComparator} on {@code nChainWork}, the sum of {@code GetBlockProof}, src/chain.cpp).
 * Between chains with equal work a node keeps the one it saw first.
 */
public final class ForkChoice {

    private ForkChoice() {
    }

    /**
     * The candidate with the most work; on a tie, the earliest in the list (the first seen).
     *
     * @throws IllegalArgumentException if there are no candidates
     */
    public static Chain heaviest(List<Chain> candidates) {
        requireSome(candidates);
        Chain best = candidates.get(0);
        BigInteger bestWork = best.work();
        for (Chain c : candidates.subList(1, candidates.size())) {
            BigInteger work = c.work();
            if (work.compareTo(bestWork) > 0) {
                best = c;
                bestWork = work;
            }
        }
        return best;
    }

    /** The candidate with the most blocks, first seen on a tie: the rule Bitcoin does <em>not</em> use. */
    public static Chain longest(List<Chain> candidates) {
        requireSome(candidates);
        Chain best = candidates.get(0);
        for (Chain c : candidates.subList(1, candidates.size())) {
            if (c.length() > best.length()) {
                best = c;
            }
        }
        return best;
    }

    /** The sum of each block's expected hashes, {@code 2^256 / (target + 1)} (Bitcoin Core {@code GetBlockProof}). */
    public static BigInteger chainWork(List<CompactTarget> blocks) {
        BigInteger total = BigInteger.ZERO;
        for (CompactTarget bits : blocks) {
            total = total.add(bits.work());
        }
        return total;
    }

    private static void requireSome(List<Chain> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("fork choice needs at least one candidate chain");
        }
    }
}
