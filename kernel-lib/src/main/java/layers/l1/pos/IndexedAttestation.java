package layers.l1.pos;

import java.util.List;
import java.util.Objects;

/**
 * An attestation with the indices of the validators who signed it. Source: phase0, Containers,
 * {@code IndexedAttestation}; this model leaves out the BLS aggregate signature, so a validator "signs" by being
 * listed. The indices are kept as given: whether they are sorted and unique is a rule that evidence can break
 * ({@link Slashing#isValidIndexedAttestation}).
 */
public record IndexedAttestation(List<Integer> attestingIndices, AttestationData data) {

    public IndexedAttestation {
        attestingIndices = List.copyOf(attestingIndices);
        Objects.requireNonNull(data, "data");
    }

    /** One validator's vote. */
    public static IndexedAttestation of(int validatorIndex, AttestationData data) {
        return new IndexedAttestation(List.of(validatorIndex), data);
    }
}
