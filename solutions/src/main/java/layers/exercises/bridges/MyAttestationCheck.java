package layers.exercises.bridges;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.keys.XOnlyPublicKey;
import layers.l2.da.DaCommittee;
import layers.l2.quorum.Quorum;
import layers.l2.quorum.QuorumRule;
import layers.l2.quorum.QuorumSignature;
import layers.l1.signatures.Schnorr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Exercise {@code bridges.attestation}: verify a data-availability committee's attestation. Write {@link #verify}
 * without calling {@code Quorum.verify} or {@code DaCommittee.verify}, then grade it:
 * {@code ./course grade bridges.attestation}.
 *
 * <p>Hints:
 * <ol>
 *   <li>The signed message is {@code Quorum.message(DaCommittee.TAG, dataHash.bytes())}; check a signature with
 *       {@code Schnorr.verify(signer, message, signature)}, which returns a {@code Verdict}.</li>
 *   <li>Keep a {@code Set} of the signers seen so far: {@code add} returns false for a duplicate.</li>
 *   <li>{@code Verdict.rejected(QuorumRule.X, "signature " + i + ...)}; count distinct valid signers at the end.</li>
 * </ol>
 */
public class MyAttestationCheck implements AttestationCheck {

    @Override
    public Verdict verify(List<XOnlyPublicKey> members, int threshold, Hash dataHash,
                          List<QuorumSignature> signatures) {
        // BEGIN SOLUTION bridges.attestation
        byte[] message = Quorum.message(DaCommittee.TAG, dataHash.bytes());
        Set<XOnlyPublicKey> seen = new HashSet<>();
        for (int i = 0; i < signatures.size(); i++) {
            QuorumSignature s = signatures.get(i);
            if (!members.contains(s.signer())) {
                return Verdict.rejected(QuorumRule.NOT_A_MEMBER, "signature " + i);
            }
            if (!seen.add(s.signer())) {
                return Verdict.rejected(QuorumRule.DUPLICATE_SIGNER, "signature " + i);
            }
            Verdict v = Schnorr.verify(s.signer(), message, s.signature());
            if (!v.isValid()) {
                return Verdict.rejected(QuorumRule.INVALID_SIGNATURE, "signature " + i + ": " + v);
            }
        }
        if (seen.size() < threshold) {
            return Verdict.rejected(QuorumRule.TOO_FEW_SIGNATURES, seen.size() + " of " + threshold);
        }
        return Verdict.valid();
        // END SOLUTION
    }
}
