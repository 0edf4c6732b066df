package layers.l2.rollup;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.execution.Receipt;
import layers.l1.execution.Tx;

import java.util.List;
import java.util.Objects;

/**
 * What applying one L2 block did: the block as it belongs in a batch (only the sequencer's transactions that were
 * valid), every transaction that ran with its receipt (forced ones first), every transaction left out and why, the
 * withdrawals it started, and the state root after it (the output root is {@link RollupChain#outputRootAt}).
 */
public record RollupBlockResult(RollupBlock block, List<Included> included, List<Skipped> skipped,
                                List<L2Withdrawal> withdrawals, Hash stateRoot) {

    /** A transaction that ran (successfully or not: a reverted transaction is in the block and pays). */
    public record Included(Tx tx, Receipt receipt, boolean forced) {
    }

    /** A transaction that could not be in the block at all, with the rule it broke. */
    public record Skipped(Tx tx, Verdict why, boolean forced) {
    }

    public RollupBlockResult {
        Objects.requireNonNull(block, "block");
        included = List.copyOf(included);
        skipped = List.copyOf(skipped);
        withdrawals = List.copyOf(withdrawals);
        Objects.requireNonNull(stateRoot, "stateRoot");
    }
}
