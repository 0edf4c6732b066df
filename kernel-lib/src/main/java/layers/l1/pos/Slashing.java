package layers.l1.pos;

import layers.core.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Casper FFG's two slashing conditions, as the consensus specification checks them (phase0, Predicates). A validator
 * that signs a slashable pair loses stake ({@link SlashingPenalties}); any two finalized checkpoints on conflicting
 * chains need at least one third of the stake to have signed such a pair.
 */
public final class Slashing {

    private Slashing() {
    }

    /**
     * Whether two attestations are slashable according to Casper FFG: a double vote, or {@code data1} surrounding
     * {@code data2}. Source: phase0, {@code is_slashable_attestation_data}. The surround check is one-directional, as
     * in the specification: evidence lists the surrounding attestation first; {@link #offence} tries both orders.
     */
    public static boolean isSlashableAttestationData(AttestationData data1, AttestationData data2) {
        return isDoubleVote(data1, data2) || isSurroundVote(data1, data2);
    }

    /** Two different votes with the same target epoch. Source: phase0, {@code is_slashable_attestation_data}, "Double vote". */
    public static boolean isDoubleVote(AttestationData data1, AttestationData data2) {
        return !data1.equals(data2) && data1.target().epoch().equals(data2.target().epoch());
    }

    /** {@code data1}'s span strictly contains {@code data2}'s. Source: phase0, {@code is_slashable_attestation_data}, "Surround vote". */
    public static boolean isSurroundVote(AttestationData data1, AttestationData data2) {
        return data1.source().epoch().isBefore(data2.source().epoch())
                && data2.target().epoch().isBefore(data1.target().epoch());
    }

    /** Which offence the pair commits, trying both orders for a surround vote. */
    public static Offence offence(AttestationData a, AttestationData b) {
        if (isDoubleVote(a, b)) {
            return Offence.DOUBLE_VOTE;
        }
        if (isSurroundVote(a, b) || isSurroundVote(b, a)) {
            return Offence.SURROUND_VOTE;
        }
        return Offence.NONE;
    }

    /**
     * The indices are non-empty, sorted and unique. Source: phase0, {@code is_valid_indexed_attestation} (without the
     * aggregate signature check: this model has no BLS signatures).
     */
    public static boolean isValidIndexedAttestation(IndexedAttestation attestation) {
        List<Integer> indices = attestation.attestingIndices();
        return !indices.isEmpty() && indices.equals(new ArrayList<>(new TreeSet<>(indices)));
    }

    /**
     * Checks attester-slashing evidence in the order {@code process_attester_slashing} asserts (phase0, Attester
     * slashings): the pair is slashable, both index lists are valid, and at least one validator in both can still be
     * slashed ({@link #slashableIndices}).
     *
     * @param validatorCount how many validators the registry has
     * @param isSlashableValidator whether a validator can still be slashed ({@code is_slashable_validator})
     */
    public static Verdict checkAttesterSlashing(AttesterSlashing evidence, int validatorCount,
                                                IntPredicate isSlashableValidator) {
        IndexedAttestation a1 = evidence.attestation1();
        IndexedAttestation a2 = evidence.attestation2();
        if (!isSlashableAttestationData(a1.data(), a2.data())) {
            return Verdict.rejected(SlashingRule.NOT_SLASHABLE, a1.data() + " and " + a2.data());
        }
        for (IndexedAttestation a : List.of(a1, a2)) {
            if (!isValidIndexedAttestation(a)) {
                return Verdict.rejected(SlashingRule.INVALID_INDICES, "attestation "
                        + (a == a1 ? 1 : 2) + " lists " + a.attestingIndices());
            }
            for (int index : a.attestingIndices()) {
                if (index < 0 || index >= validatorCount) {
                    return Verdict.rejected(SlashingRule.UNKNOWN_VALIDATOR, "attestation " + (a == a1 ? 1 : 2)
                            + " names validator " + index + " of " + validatorCount);
                }
            }
        }
        if (slashableIndices(evidence, isSlashableValidator).isEmpty()) {
            TreeSet<Integer> both = new TreeSet<>(a1.attestingIndices());
            both.retainAll(a2.attestingIndices());
            return Verdict.rejected(SlashingRule.NOTHING_TO_SLASH, "validators in both: " + both);
        }
        return Verdict.valid();
    }

    /** The validators in both attestations that can still be slashed, in increasing order: those the evidence slashes. */
    public static List<Integer> slashableIndices(AttesterSlashing evidence, IntPredicate isSlashableValidator) {
        TreeSet<Integer> both = new TreeSet<>(evidence.attestation1().attestingIndices());
        both.retainAll(evidence.attestation2().attestingIndices());
        List<Integer> slashable = new ArrayList<>();
        for (int index : both) {
            if (isSlashableValidator.test(index)) {
                slashable.add(index);
            }
        }
        return List.copyOf(slashable);
    }
}
