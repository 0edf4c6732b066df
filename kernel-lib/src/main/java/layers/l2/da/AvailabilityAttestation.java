package layers.l2.da;

import layers.l1.crypto.Hash;
import layers.l2.quorum.QuorumSignature;

import java.util.List;
import java.util.Objects;

/**
 * A data-availability committee's statement that it holds the data with hash {@code dataHash} and will serve it:
 * one Schnorr signature per member that stored it. Immutable.
 */
public record AvailabilityAttestation(Hash dataHash, List<QuorumSignature> signatures) {

    public AvailabilityAttestation {
        Objects.requireNonNull(dataHash, "dataHash");
        signatures = List.copyOf(signatures);
    }

    /** The same attestation with {@code extra} appended (for showing what the verifier does with it). */
    public AvailabilityAttestation with(QuorumSignature extra) {
        var all = new java.util.ArrayList<>(signatures);
        all.add(extra);
        return new AvailabilityAttestation(dataHash, all);
    }

    /** The same attestation with only the first {@code n} signatures. */
    public AvailabilityAttestation firstSignatures(int n) {
        return new AvailabilityAttestation(dataHash, signatures.subList(0, n));
    }

    /** The same signatures presented for other data. */
    public AvailabilityAttestation forData(Hash other) {
        return new AvailabilityAttestation(other, signatures);
    }
}
