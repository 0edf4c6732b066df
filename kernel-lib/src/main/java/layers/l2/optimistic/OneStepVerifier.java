package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.execution.StateKey;
import layers.l2.rollup.DelayedMessage;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The L1 side of a fraud proof: re-executes one step from the agreed pre-state commitment, using only the state
 * entries the proof carries, and computes the commitment after it. As Arbitrum's one-step proof ("a single operation
 * of the Arbitrum VM is executed on the underlying chain", docs.arbitrum.io glossary) and OP Stack's on-chain VM step
 * of the Fault Dispute Game; here the operation is one transaction of the Part III execution layer.
 *
 * <p>Checks, in order: the proof is for the disputed step; no entry twice; every entry's path leads to the
 * pre-state commitment (so neither a value nor a sibling can be altered); the proof holds every entry the step's
 * transaction touches ({@link StepAccessList}); for a deposit step, the deposit the proof names is the delayed message the
 * step reads, with the recipient and amount the inbox recorded on L1 ({@link #checkDeposit}), so a proposer can
 * neither invent nor inflate a deposit. Then the step runs ({@link TraceStep}) and the changed entries are
 * written into the {@link PartialStateTree} the proofs reveal.
 */
public final class OneStepVerifier {

    private OneStepVerifier() {
    }

    public static OneStepResult verify(OneStepProof proof, long disputedStep, Hash preCommitment, TraceInput batch,
                                       StepContext context) {
        if (proof.step() != disputedStep) {
            return OneStepResult.rejected(Verdict.rejected(DisputeRule.WRONG_STEP, "the proof is for step "
                    + proof.step() + ", the dispute is about step " + disputedStep));
        }
        Map<StateKey, BigInteger> proven = new HashMap<>();
        for (int i = 0; i < proof.entries().size(); i++) {
            SparseProof e = proof.entries().get(i);
            if (proven.containsKey(e.key())) {
                return OneStepResult.rejected(Verdict.rejected(DisputeRule.DUPLICATE_ENTRY, "entry " + i + ", "
                        + e.key()));
            }
            Verdict v = e.verify(preCommitment);
            if (!v.isValid()) {
                return OneStepResult.rejected(Verdict.rejected(DisputeRule.ENTRY_NOT_IN_PRE_STATE, "entry " + i
                        + ": " + v.detail().orElseThrow()));
            }
            proven.put(e.key(), e.value());
        }
        TraceEntry entry = batch.entry(disputedStep);
        Verdict deposit = checkDeposit(proof, disputedStep, entry);
        if (!deposit.isValid()) {
            return OneStepResult.rejected(deposit);
        }
        StateKey[] missing = new StateKey[1];
        Set<StateKey> needed = StepAccessList.of(entry, context, k -> readProven(proven, k, missing));
        if (missing[0] == null) {
            for (StateKey k : needed) {
                if (!proven.containsKey(k)) {
                    missing[0] = k;
                    break;
                }
            }
        }
        if (missing[0] != null) {
            return OneStepResult.rejected(Verdict.rejected(DisputeRule.MISSING_ENTRY, "step " + disputedStep
                    + " touches " + missing[0] + ", which the proof does not include"));
        }
        StepResult result = TraceStep.run(disputedStep, entry, context, proven::get);
        PartialStateTree tree = new PartialStateTree(proof.entries());
        result.after().forEach(tree::update);
        return new OneStepResult(Verdict.valid(), Optional.of(tree.root()), Optional.of(result));
    }

    /**
     * The deposit the proof names against {@code entry}, the step as the batch's L1 data defines it (for a deposit, the
     * inbox's record of the delayed message): same index, same recipient, same amount; a transaction step names none.
     */
    static Verdict checkDeposit(OneStepProof proof, long step, TraceEntry entry) {
        if (!(entry instanceof TraceEntry.DepositCredit d)) {
            return proof.deposit().isPresent()
                    ? Verdict.rejected(DisputeRule.DEPOSIT_ON_TRANSACTION_STEP, "step " + step + " runs a transaction; "
                    + "the proof names " + proof.deposit().get())
                    : Verdict.valid();
        }
        DelayedMessage.Deposit recorded = d.deposit();
        if (proof.deposit().isEmpty()) {
            return Verdict.rejected(DisputeRule.DEPOSIT_NOT_NAMED, "step " + step + " credits delayed message "
                    + recorded.index());
        }
        DelayedMessage.Deposit claimed = proof.deposit().get();
        if (claimed.index() != recorded.index()) {
            return Verdict.rejected(DisputeRule.DEPOSIT_WRONG_INDEX, "step " + step + " reads delayed message "
                    + recorded.index() + ", the proof names delayed message " + claimed.index());
        }
        if (!claimed.to().equals(recorded.to()) || !claimed.amount().equals(recorded.amount())) {
            return Verdict.rejected(DisputeRule.DEPOSIT_NOT_AS_RECORDED, "delayed message " + recorded.index()
                    + ": the proof credits " + claimed.amount() + " to " + claimed.to().toHex() + ", the inbox recorded "
                    + recorded.amount() + " to " + recorded.to().toHex());
        }
        return Verdict.valid();
    }

    private static BigInteger readProven(Map<StateKey, BigInteger> proven, StateKey k, StateKey[] missing) {
        BigInteger v = proven.get(k);
        if (v == null) {
            if (missing[0] == null) {
                missing[0] = k;
            }
            return BigInteger.ZERO;
        }
        return v;
    }
}
