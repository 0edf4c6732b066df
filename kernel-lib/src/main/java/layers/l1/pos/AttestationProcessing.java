package layers.l1.pos;

import layers.core.Verdict;

/**
 * Accepts an attestation into the state and records who voted for the right target. Source: altair, modified
 * {@code process_attestation} and {@code get_attestation_participation_flag_indices}, for the target flag only;
 * committees, inclusion delays and signatures are not modelled.
 */
public final class AttestationProcessing {

    private AttestationProcessing() {
    }

    /**
     * Checks the attestation in the order {@code process_attestation} asserts and, if it passes and its target root is
     * the chain's ({@code is_matching_target}), sets the timely-target flag of every validator it lists.
     */
    public static Verdict processAttestation(BeaconState state, IndexedAttestation attestation) {
        AttestationData data = attestation.data();
        Epoch current = Accessors.getCurrentEpoch(state);
        Epoch previous = Accessors.getPreviousEpoch(state);
        Epoch target = data.target().epoch();
        if (!target.equals(current) && !target.equals(previous)) {
            return Verdict.rejected(AttestationRule.TARGET_EPOCH_NOT_RECENT,
                    "target " + target + ", current " + current);
        }
        if (!target.equals(data.slot().epoch())) {
            return Verdict.rejected(AttestationRule.TARGET_EPOCH_MISMATCH, "target " + target + ", " + data.slot()
                    + " is in " + data.slot().epoch());
        }
        FinalityCheckpoints f = state.finality;
        Checkpoint justified = target.equals(current) ? f.currentJustifiedCheckpoint() : f.previousJustifiedCheckpoint();
        if (!data.source().equals(justified)) {
            return Verdict.rejected(AttestationRule.WRONG_SOURCE, "source " + data.source() + ", justified " + justified);
        }
        if (!Slashing.isValidIndexedAttestation(attestation)) {
            return Verdict.rejected(AttestationRule.INVALID_INDICES, attestation.attestingIndices().toString());
        }
        for (int index : attestation.attestingIndices()) {
            if (index < 0 || index >= state.validatorCount() || !Accessors.isActiveValidator(state, index, target)) {
                return Verdict.rejected(AttestationRule.NOT_ACTIVE, "validator " + index + " in " + target);
            }
        }
        if (data.target().root().equals(Accessors.getBlockRoot(state, target))) {
            boolean[] flags = target.equals(current) ? state.currentEpochTarget : state.previousEpochTarget;
            for (int index : attestation.attestingIndices()) {
                flags[index] = true;
            }
        }
        return Verdict.valid();
    }
}
