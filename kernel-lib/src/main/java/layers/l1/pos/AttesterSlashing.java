package layers.l1.pos;

import java.util.Objects;

/**
 * Evidence that validators signed two attestations that Casper FFG forbids together. Source: phase0, Containers,
 * {@code AttesterSlashing}. For a surround vote, {@code attestation1} must be the one that surrounds.
 */
public record AttesterSlashing(IndexedAttestation attestation1, IndexedAttestation attestation2) {

    public AttesterSlashing {
        Objects.requireNonNull(attestation1, "attestation1");
        Objects.requireNonNull(attestation2, "attestation2");
    }
}
