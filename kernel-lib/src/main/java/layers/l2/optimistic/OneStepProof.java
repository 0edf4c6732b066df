package layers.l2.optimistic;

import java.util.List;

/**
 * What a party hands the L1 verifier once a dispute is narrowed to one step: the step's index and, for every state
 * entry the step touches, its value before the step with a {@link SparseProof} against the agreed pre-state
 * commitment. The transaction itself is not in the proof: the verifier reads it from the batch data posted on L1.
 */
public record OneStepProof(long step, List<SparseProof> entries) {

    public OneStepProof {
        entries = List.copyOf(entries);
    }

    /** The same proof with entry {@code i} replaced: for tests and notebooks that tamper with proofs. */
    public OneStepProof withEntry(int i, SparseProof entry) {
        var copy = new java.util.ArrayList<>(entries);
        copy.set(i, entry);
        return new OneStepProof(step, copy);
    }

    /** The same entries presented as the proof of another step. */
    public OneStepProof withStep(long other) {
        return new OneStepProof(other, entries);
    }

    /** How many 32-byte hashes the proof carries if empty siblings are left out (as a bitmap would). */
    public int nonEmptyHashes() {
        return entries.stream().mapToInt(SparseProof::nonEmptySiblings).sum();
    }
}
