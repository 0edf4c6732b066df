package layers.exercises.bridges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import layers.core.Verdict;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.keys.PrivateKey;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.signatures.Schnorr;
import layers.l2.da.DaCommittee;
import layers.l2.quorum.Quorum;
import layers.l2.quorum.QuorumRule;
import layers.l2.quorum.QuorumSignature;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "bridges.attestation",
        title = "Verify a data-availability committee's attestation",
        contract = AttestationCheck.class,
        statement = """
                A validium's L1 contract accepts a batch only if k of the n committee members signed that they hold \
                its data. Write `verify(members, threshold, dataHash, signatures)` without `Quorum.verify` or \
                `DaCommittee.verify`: each signature must be a BIP-340 signature of \
                `Quorum.message(DaCommittee.TAG, dataHash.bytes())` by a member, and no member may count twice. \
                Check the signatures in order and return the first failure with its `QuorumRule` (`NOT_A_MEMBER`, \
                `DUPLICATE_SIGNER`, `INVALID_SIGNATURE`); then `TOO_FEW_SIGNATURES` if fewer than `threshold` \
                members signed; otherwise `Verdict.valid()`.""",
        hints = {
            "The message is Quorum.message(DaCommittee.TAG, dataHash.bytes()); "
                    + "Schnorr.verify(signer, message, signature) returns a Verdict.",
            "A Set of signers seen so far: add returns false for a duplicate.",
            "Verdict.rejected(QuorumRule.NOT_A_MEMBER, \"signature \" + i) and so on; "
                    + "count the distinct signers at the end."
        })
class AttestationCheckTest {

    private final AttestationCheck check = Implementation.of(AttestationCheck.class);

    private static final List<PrivateKey> KEYS = keys(5, 12);
    private static final List<XOnlyPublicKey> MEMBERS = KEYS.stream().map(Schnorr::pubKey).toList();
    private static final Hash DATA = Sha256.hash("batch 42".getBytes());

    private static List<PrivateKey> keys(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return IntStream.range(0, n).mapToObj(i -> PrivateKey.random(rng)).toList();
    }

    private static QuorumSignature sign(PrivateKey key, Hash data) {
        return Quorum.sign(key, DaCommittee.TAG, data.bytes());
    }

    private static List<QuorumSignature> signedBy(int... members) {
        List<QuorumSignature> s = new ArrayList<>();
        for (int m : members) {
            s.add(sign(KEYS.get(m), DATA));
        }
        return s;
    }

    private static void assertRule(QuorumRule rule, Verdict v, String what) {
        assertTrue(v.isRejectedFor(rule), what + ": expected a rejection for " + rule + " but got " + v);
    }

    @Test
    @Points(1)
    @DisplayName("three of five members sign: valid")
    void honest() {
        Verdict v = check.verify(MEMBERS, 3, DATA, signedBy(0, 2, 4));
        assertTrue(v.isValid(), "members 0, 2, 4 of a 3-of-5 committee: " + v);
    }

    @Test
    @Points(1)
    @DisplayName("two of five: too few")
    void tooFew() {
        assertRule(QuorumRule.TOO_FEW_SIGNATURES, check.verify(MEMBERS, 3, DATA, signedBy(1, 3)), "members 1, 3");
    }

    @Test
    @Points(1)
    @DisplayName("a non-member's signature")
    void outsider() {
        List<QuorumSignature> s = signedBy(0, 1);
        s.add(sign(keys(1, 999).get(0), DATA));
        assertRule(QuorumRule.NOT_A_MEMBER, check.verify(MEMBERS, 3, DATA, s), "members 0, 1 and an outsider");
    }

    @Test
    @Points(1)
    @DisplayName("one member counted twice")
    void duplicate() {
        assertRule(QuorumRule.DUPLICATE_SIGNER, check.verify(MEMBERS, 3, DATA, signedBy(0, 1, 1)), "members 0, 1, 1");
    }

    @Test
    @Points(1)
    @DisplayName("a member's signature over other data")
    void otherData() {
        List<QuorumSignature> s = signedBy(0, 1);
        s.add(sign(KEYS.get(2), Sha256.hash("batch 43".getBytes())));
        assertRule(QuorumRule.INVALID_SIGNATURE, check.verify(MEMBERS, 3, DATA, s), "member 2 signed batch 43");
    }
}
