package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.crypto.Hash;

import java.util.Objects;
import java.util.Optional;

/** The L1 verifier's answer to a one-step proof: rejected with a reason, or the commitment after the step. */
public record OneStepResult(Verdict verdict, Optional<Hash> postCommitment, Optional<StepResult> step) {

    public OneStepResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(postCommitment, "postCommitment");
        Objects.requireNonNull(step, "step");
    }

    static OneStepResult rejected(Verdict v) {
        return new OneStepResult(v, Optional.empty(), Optional.empty());
    }

    public boolean isValid() {
        return verdict.isValid();
    }
}
