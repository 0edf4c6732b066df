package layers.exercises.bridges;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.keys.XOnlyPublicKey;
import layers.l2.quorum.QuorumSignature;

import java.util.List;

/** L1's check of a data-availability committee's attestation. */
public interface AttestationCheck {

    /**
     * Whether {@code signatures} attest that the committee of {@code members} holds the data with hash
     * {@code dataHash}: each signature is a BIP-340 signature of {@code Quorum.message(DaCommittee.TAG,
     * dataHash.bytes())} by a member, no member counts twice, and at least {@code threshold} members signed. Checks
     * the signatures in order and returns the first failure as a verdict with the {@code QuorumRule} it breaks
     * ({@code NOT_A_MEMBER}, {@code DUPLICATE_SIGNER}, {@code INVALID_SIGNATURE}), then {@code TOO_FEW_SIGNATURES};
     * valid otherwise.
     */
    Verdict verify(List<XOnlyPublicKey> members, int threshold, Hash dataHash, List<QuorumSignature> signatures);
}
