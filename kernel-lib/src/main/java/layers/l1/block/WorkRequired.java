package layers.l1.block;

import java.util.List;
import java.util.Objects;

/**
 * The target a chain requires of its next block, given the headers before it. Part I uses a fixed target; the
 * retarget rule (every 2016 blocks, towards ten minutes a block) is Part II's. Source: Bitcoin Core
 * {@code GetNextWorkRequired} (src/pow.cpp).
 */
@FunctionalInterface
public interface WorkRequired {

    /** The bits block {@code previous.size()} must carry; {@code previous} runs from genesis to the tip. */
    CompactTarget nextWorkRequired(List<BlockHeader> previous);

    /** The same target at every height (as regtest with {@code fPowNoRetargeting}). */
    static WorkRequired fixed(CompactTarget bits) {
        Objects.requireNonNull(bits, "bits");
        bits.encodingProblem().ifPresent(problem -> {
            throw new IllegalArgumentException("a chain cannot require " + problem);
        });
        return previous -> bits;
    }
}
