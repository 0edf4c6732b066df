package layers.l1.pow;

import layers.l1.block.CompactTarget;

import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A candidate chain as fork choice sees it: a name, and the target each of its blocks met (its {@code nBits}), from
 * the fork point up. Immutable.
 */
public record Chain(String name, List<CompactTarget> blocks) {

    public Chain {
        Objects.requireNonNull(name, "name");
        blocks = List.copyOf(blocks);
        for (CompactTarget bits : blocks) {
            bits.encodingProblem().ifPresent(problem -> {
                throw new IllegalArgumentException("chain " + name + ": " + problem);
            });
        }
    }

    /** {@code length} blocks all mined at {@code bits}. */
    public static Chain of(String name, int length, CompactTarget bits) {
        if (length < 0) {
            throw new IllegalArgumentException("a chain has 0 or more blocks, not " + length);
        }
        return new Chain(name, Collections.nCopies(length, bits));
    }

    public int length() {
        return blocks.size();
    }

    /** The expected number of hashes behind the chain: the sum of its blocks' {@link CompactTarget#work()}. */
    public BigInteger work() {
        return ForkChoice.chainWork(blocks);
    }

    @Override
    public String toString() {
        return name + " (" + length() + " blocks, work " + work() + ")";
    }
}
