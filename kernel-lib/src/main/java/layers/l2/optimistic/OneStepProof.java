package layers.l2.optimistic;

import layers.l2.rollup.DelayedMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a party hands the L1 verifier once a dispute is narrowed to one step: the step's index and, for every state
 * entry the step touches, its value before the step with a {@link SparseProof} against the agreed pre-state
 * commitment. The transaction itself is not in the proof: the verifier reads it from the batch data posted on L1. For a
 * deposit step the proof names the deposit it credits ({@code deposit}: index, recipient, amount), which the verifier
 * checks against the inbox's own record of that delayed message.
 */
public record OneStepProof(long step, List<SparseProof> entries, Optional<DelayedMessage.Deposit> deposit) {

    public OneStepProof {
        entries = List.copyOf(entries);
        Objects.requireNonNull(deposit, "deposit");
    }

    /** The proof of a transaction step. */
    public OneStepProof(long step, List<SparseProof> entries) {
        this(step, entries, Optional.empty());
    }

    /** The same proof with entry {@code i} replaced: for tests and notebooks that tamper with proofs. */
    public OneStepProof withEntry(int i, SparseProof entry) {
        var copy = new ArrayList<>(entries);
        copy.set(i, entry);
        return new OneStepProof(step, copy, deposit);
    }

    /** The same proof without entry {@code i}: for tests that leave out an entry the step touches. */
    public OneStepProof withoutEntry(int i) {
        var copy = new ArrayList<>(entries);
        copy.remove(i);
        return new OneStepProof(step, copy, deposit);
    }

    /** The same proof naming {@code claimed} as the deposit it credits: for tests that tamper with a deposit. */
    public OneStepProof withDeposit(DelayedMessage.Deposit claimed) {
        return new OneStepProof(step, entries, Optional.of(claimed));
    }

    /** The same entries presented as the proof of another step. */
    public OneStepProof withStep(long other) {
        return new OneStepProof(other, entries, deposit);
    }

    /** How many 32-byte hashes the proof carries if empty siblings are left out (as a bitmap would). */
    public int nonEmptyHashes() {
        return entries.stream().mapToInt(SparseProof::nonEmptySiblings).sum();
    }
}
