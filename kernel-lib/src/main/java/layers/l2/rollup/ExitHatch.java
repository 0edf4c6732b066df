package layers.l2.rollup;

import layers.core.Verdict;
import layers.l1.crypto.Hash;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The exit hatch: rebuild the whole L2 state from what L1 holds, with no help from the sequencer, and prove your
 * own withdrawal. The seeds: "if the L2 has problems — operator downtime, sequencer issues — users can reconstruct
 * state from the data on Ethereum and exit."
 *
 * <p>{@link #rebuild} first checks the data against the inbox's accumulators (the delayed messages, then each
 * entry in turn, then the final accumulator), then decodes every batch and forced inclusion and re-executes from
 * genesis with {@link RollupDerivation}, then compares every posted state commitment with the rebuilt output root.
 * {@link #replayWithoutAuthentication} skips the accumulator checks, to show what tampered data does to a node that
 * trusts its copy: it fails to decode, breaks the chain rules, or gives a different root.
 *
 * <pre>{@code
 * RebuildReport r = ExitHatch.rebuild(codec, inbox.postedData());
 * r.chain().outputRoot()                       // equals the sequencer's
 * ExitHatch.rebuild(codec, inbox.postedData().withFlippedByte(2, 40)).verdict()   // SEQUENCE_ACCUMULATOR_MISMATCH
 * }</pre>
 */
public final class ExitHatch {

    private ExitHatch() {
    }

    /**
     * Checks {@code data} against the inbox's accumulators, then rebuilds the chain from genesis. Authentic batches
     * that break a chain rule are skipped ({@link RollupDerivation#applyOrSkip}) and listed in the report.
     */
    public static RebuildReport rebuild(TxListCodec codec, L1PostedData data) {
        return rebuild(codec, data, RollupChain::genesis);
    }

    /** As {@link #rebuild(TxListCodec, L1PostedData)}, from the chain {@code genesis} makes (its state-root scheme). */
    public static RebuildReport rebuild(TxListCodec codec, L1PostedData data, Supplier<RollupChain> genesis) {
        Verdict auth = authenticate(codec, data);
        if (!auth.isValid()) {
            return new RebuildReport(auth, genesis.get(), 0, List.of(), List.of());
        }
        return replay(codec, data, true, genesis.get());
    }

    /**
     * Rebuilds the chain from genesis trusting {@code data} as it is, and stopping at the first entry that breaks a
     * chain rule: for showing what tampered data does to a reader that does not check it.
     */
    public static RebuildReport replayWithoutAuthentication(TxListCodec codec, L1PostedData data) {
        return replay(codec, data, false, RollupChain.genesis());
    }

    private static RebuildReport replay(TxListCodec codec, L1PostedData data, boolean skipInvalid,
                                        RollupChain chain) {
        RollupDerivation derivation = new RollupDerivation(codec);
        Verdict verdict = Verdict.valid();
        int applied = 0;
        List<Verdict> skipped = new ArrayList<>();
        List<RollupBlockResult> ignored = new ArrayList<>();
        for (SequencerInboxEntry e : data.entries()) {
            Verdict v = skipInvalid ? derivation.applyOrSkip(chain, e, data.delayedMessages(), ignored)
                    : derivation.apply(chain, e, data.delayedMessages(), ignored);
            ignored.clear();
            applied++;
            if (!v.isValid()) {
                if (skipInvalid) {
                    skipped.add(v);
                } else {
                    verdict = v;
                    applied--;
                    break;
                }
            }
        }
        List<RebuildReport.CommitmentCheck> checks = new ArrayList<>();
        for (StateCommitment c : data.commitments()) {
            checks.add(new RebuildReport.CommitmentCheck(c, c.l2Block() <= chain.height()
                    ? chain.outputRootAt(c.l2Block()) : null));
        }
        return new RebuildReport(verdict, chain, applied, checks, skipped);
    }

    /** Whether the delayed messages and every entry hash to the inbox's accumulators; the first that does not. */
    public static Verdict authenticate(TxListCodec codec, L1PostedData data) {
        Hash d = Hash.ZERO;
        List<Hash> delayedAccs = new ArrayList<>();
        for (int i = 0; i < data.delayedMessages().size(); i++) {
            DelayedMessage m = data.delayedMessages().get(i);
            if (m.index() != i) {
                return Verdict.rejected(DerivationRule.DELAYED_ACCUMULATOR_MISMATCH, "delayed message at position " + i
                        + " says it is message " + m.index() + ": one is missing or out of order");
            }
            d = InboxAccumulators.delayed(d, m, codec);
            delayedAccs.add(d);
        }
        if (!d.equals(data.delayedAccumulator())) {
            return Verdict.rejected(DerivationRule.DELAYED_ACCUMULATOR_MISMATCH, "the " + delayedAccs.size()
                    + " delayed messages hash to " + d.toHex().substring(0, 16) + "…, the inbox holds "
                    + data.delayedAccumulator().toHex().substring(0, 16) + "…");
        }
        Hash acc = Hash.ZERO;
        for (int i = 0; i < data.entries().size(); i++) {
            SequencerInboxEntry e = data.entries().get(i);
            if (e.index() != i) {
                return Verdict.rejected(DerivationRule.SEQUENCE_ACCUMULATOR_MISMATCH, "position " + i + " holds "
                        + e + ": an entry is missing or out of order");
            }
            long after = e.afterDelayedMessagesRead();
            if (after > delayedAccs.size()) {
                return Verdict.rejected(DerivationRule.SEQUENCE_ACCUMULATOR_MISMATCH, e + " reads " + after
                        + " delayed messages, L1 holds " + delayedAccs.size());
            }
            Hash dAcc = after == 0 ? Hash.ZERO : delayedAccs.get((int) after - 1);
            acc = InboxAccumulators.sequencer(acc, e.kind(), e.data(), after, dAcc, e.postedAt());
            if (!acc.equals(e.accumulator())) {
                return Verdict.rejected(DerivationRule.SEQUENCE_ACCUMULATOR_MISMATCH, e + ": its bytes hash to "
                        + acc.toHex().substring(0, 16) + "…, the inbox recorded " + e.accumulator().toHex().substring(0, 16)
                        + "…: the data was changed");
            }
        }
        if (!acc.equals(data.sequencerAccumulator())) {
            return Verdict.rejected(DerivationRule.SEQUENCE_ACCUMULATOR_MISMATCH, "the " + data.entries().size()
                    + " entries hash to " + acc.toHex().substring(0, 16) + "…, the inbox holds "
                    + data.sequencerAccumulator().toHex().substring(0, 16) + "…: entries are missing at the end");
        }
        return Verdict.valid();
    }

    /**
     * The proof for withdrawal {@code withdrawalIndex} against the latest commitment in {@code report} that
     * re-execution confirms and that already contains the withdrawal; empty if there is none yet (post one with
     * {@link RollupInbox#postStateCommitment} from the rebuilt chain, then wait for it to be final).
     */
    public static Optional<WithdrawalProof> proveWithdrawal(RebuildReport report, long withdrawalIndex) {
        RollupChain chain = report.chain();
        if (withdrawalIndex < 0 || withdrawalIndex >= chain.withdrawals().size()) {
            return Optional.empty();
        }
        long block = chain.withdrawals().get((int) withdrawalIndex).l2Block();
        List<RebuildReport.CommitmentCheck> checks = report.commitmentChecks();
        for (int i = checks.size() - 1; i >= 0; i--) {
            RebuildReport.CommitmentCheck c = checks.get(i);
            if (c.rebuilt() != null && c.matches() && c.commitment().l2Block() >= block) {
                return Optional.of(chain.proveWithdrawal(withdrawalIndex, c.commitment().l2Block(),
                        c.commitment().index()));
            }
        }
        return Optional.empty();
    }
}
