package layers.l2.da;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.keys.PrivateKey;
import layers.l2.quorum.Quorum;
import layers.l2.quorum.QuorumSignature;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A data-availability committee (DAC): n members, of whom k must sign that they hold a batch's data before L1 accepts
 * the batch. It is what a validium puts in place of posting data on L1: L1 then knows that k members claimed to hold
 * the data, not that anyone can get it. If all members who hold it refuse to serve, nobody can rebuild the state, and
 * the seeds' "some trust assumptions" are exactly this: at least one of the signers stays honest and online.
 */
public final class DaCommittee {

    /** The BIP-340 tag members sign under, so an attestation can never be replayed as another kind of signature. */
    public static final String TAG = "layers/da-committee/available";

    private final Quorum quorum;
    private final List<DaCommitteeMember> members;

    private DaCommittee(Quorum quorum, List<DaCommitteeMember> members) {
        this.quorum = quorum;
        this.members = members;
    }

    /**
     * A committee of these keys, {@code threshold} of which must sign.
     *
     * @throws IllegalArgumentException as {@link Quorum#of}
     */
    public static DaCommittee of(List<PrivateKey> keys, int threshold) {
        Quorum q = Quorum.ofKeys(keys, threshold);
        return new DaCommittee(q, keys.stream().map(DaCommitteeMember::new).toList());
    }

    public Quorum quorum() {
        return quorum;
    }

    public List<DaCommitteeMember> members() {
        return members;
    }

    /** Hands {@code data} to every member and collects the signatures of all of them. */
    public AvailabilityAttestation store(byte[] data) {
        List<QuorumSignature> sigs = new ArrayList<>();
        for (DaCommitteeMember m : members) {
            sigs.add(m.storeAndSign(data));
        }
        return new AvailabilityAttestation(Sha256.hash(data), sigs);
    }

    /**
     * L1's check of an attestation for the batch data with hash {@code dataHash}: the attestation names that hash,
     * and at least k distinct members signed it ({@link Quorum#verify}: non-members, duplicates and bad signatures
     * are named).
     */
    public Verdict verify(AvailabilityAttestation attestation, Hash dataHash) {
        return quorum.verify(TAG, attestation.dataHash().bytes(), attestation.signatures())
                .orElse(() -> attestation.dataHash().equals(dataHash) ? Verdict.valid()
                        : Verdict.rejected(DacRule.ATTESTS_OTHER_DATA, "the attestation is for "
                        + attestation.dataHash().toHex().substring(0, 16) + "…, the batch's data hashes to "
                        + dataHash.toHex().substring(0, 16) + "…"));
    }

    /** The data with this hash from the first member that serves it, if any does. */
    public Optional<byte[]> retrieve(Hash dataHash) {
        for (DaCommitteeMember m : members) {
            Optional<byte[]> d = m.serve(dataHash);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** Makes the first {@code count} members withhold (the rest keep serving). */
    public void withholdFirst(int count) {
        for (int i = 0; i < count; i++) {
            members.get(i).withhold();
        }
    }

    /** How many members would still serve. */
    public int serving() {
        return (int) members.stream().filter(m -> !m.isWithholding()).count();
    }
}
