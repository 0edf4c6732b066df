package layers.l2.rollup;

import layers.core.Verdict;
import layers.l1.crypto.Hash;

import java.util.List;
import java.util.Objects;

/**
 * What rebuilding the L2 chain from L1 data gave: whether the data was authentic and derivable ({@link #dataVerdict},
 * naming the first entry that was not), the chain as far as it could be rebuilt, how many entries were applied,
 * each posted state commitment checked against the rebuilt output root at its block, and the authentic batches
 * that broke a chain rule and were skipped (a batch poster's garbage; see {@link RollupDerivation#applyOrSkip}).
 */
public record RebuildReport(Verdict dataVerdict, RollupChain chain, int entriesApplied,
                           List<CommitmentCheck> commitmentChecks, List<Verdict> skippedBatches) {

    /** A posted commitment and the output root re-execution gives at its block (null if not rebuilt that far). */
    public record CommitmentCheck(StateCommitment commitment, Hash rebuilt) {
        public boolean matches() {
            return commitment.outputRoot().equals(rebuilt);
        }
    }

    public RebuildReport {
        Objects.requireNonNull(dataVerdict, "dataVerdict");
        Objects.requireNonNull(chain, "chain");
        commitmentChecks = List.copyOf(commitmentChecks);
        skippedBatches = List.copyOf(skippedBatches);
    }

    /**
     * The data's verdict if it failed; else {@link DerivationRule#OUTPUT_ROOT_MISMATCH} for the first commitment that
     * re-execution contradicts; else valid.
     */
    public Verdict verdict() {
        if (!dataVerdict.isValid()) {
            return dataVerdict;
        }
        for (CommitmentCheck c : commitmentChecks) {
            if (c.rebuilt() != null && !c.matches()) {
                return Verdict.rejected(DerivationRule.OUTPUT_ROOT_MISMATCH, "commitment " + c.commitment().index()
                        + " posts " + c.commitment().outputRoot().toHex().substring(0, 16) + "… for L2 block "
                        + c.commitment().l2Block() + ", re-execution gives " + c.rebuilt().toHex().substring(0, 16) + "…");
            }
        }
        return Verdict.valid();
    }

    public boolean isValid() {
        return verdict().isValid();
    }
}
