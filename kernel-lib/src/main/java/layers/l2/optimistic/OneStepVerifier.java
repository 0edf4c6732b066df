package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.execution.StateKey;
import layers.l1.execution.Tx;

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
 * transaction touches ({@link StepAccessList}). Then the step runs ({@link TraceStep}) and the changed entries are
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
        Tx tx = batch.tx(disputedStep);
        StateKey[] missing = new StateKey[1];
        Set<StateKey> needed = StepAccessList.of(tx, context, k -> readProven(proven, k, missing));
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
        StepResult result = TraceStep.run(disputedStep, tx, context, proven::get);
        PartialStateTree tree = new PartialStateTree(proof.entries());
        result.after().forEach(tree::update);
        return new OneStepResult(Verdict.valid(), Optional.of(tree.root()), Optional.of(result));
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
