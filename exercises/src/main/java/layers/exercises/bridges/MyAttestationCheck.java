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
        throw new UnsupportedOperationException("exercise bridges.attestation: not written yet — see the hints above");
    }
}
