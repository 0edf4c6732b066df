package layers.l2.da;

import layers.core.Verdict;
import layers.l1.crypto.Sha256;
import layers.l1.keys.PrivateKey;
import layers.l2.quorum.Quorum;
import layers.l2.quorum.QuorumRule;
import layers.l2.quorum.QuorumSignature;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DaCommitteeTest {

    static List<PrivateKey> keys(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return IntStream.range(0, n).mapToObj(i -> PrivateKey.random(rng)).toList();
    }

    private final List<PrivateKey> keys = keys(5, 1);
    private final DaCommittee committee = DaCommittee.of(keys, 3);
    private final byte[] data = "batch 7: 120 transfers".getBytes();
    private final AvailabilityAttestation honest = committee.store(data);

    private static void assertRejected(Enum<?> rule, Verdict v, String what) {
        assertTrue(v.rule().isPresent() && v.rule().get() == rule, what + ": expected " + rule + " but got " + v);
    }

    @Test
    void anHonestAttestationVerifiesThenEachTamperingIsRejected() {
        var h = Sha256.hash(data);
        assertTrue(committee.verify(honest, h).isValid());
        assertTrue(committee.verify(honest.firstSignatures(3), h).isValid(), "exactly k = 3 is enough");

        Verdict tooFew = committee.verify(honest.firstSignatures(2), h);
        assertRejected(QuorumRule.TOO_FEW_SIGNATURES, tooFew, "two of five");
        assertEquals("2 of 5 members signed, 3 required", tooFew.detail().get());

        QuorumSignature outsider = Quorum.sign(keys(1, 99).get(0), DaCommittee.TAG, h.bytes());
        assertRejected(QuorumRule.NOT_A_MEMBER, committee.verify(honest.firstSignatures(2).with(outsider), h),
                "an outsider's valid signature");

        AvailabilityAttestation twice = honest.firstSignatures(2).with(honest.signatures().get(1));
        Verdict dup = committee.verify(twice, h);
        assertRejected(QuorumRule.DUPLICATE_SIGNER, dup, "member 1 twice");
        assertEquals("signature 2 is member 1's second", dup.detail().get());

        QuorumSignature otherData = Quorum.sign(keys.get(2), DaCommittee.TAG, Sha256.hash("other".getBytes()).bytes());
        assertRejected(QuorumRule.INVALID_SIGNATURE, committee.verify(honest.firstSignatures(2).with(otherData), h),
                "member 2's signature over other data");

        QuorumSignature otherTag = Quorum.sign(keys.get(2), "layers/bridge/release", h.bytes());
        assertRejected(QuorumRule.INVALID_SIGNATURE, committee.verify(honest.firstSignatures(2).with(otherTag), h),
                "member 2's signature under another tag");

        assertRejected(DacRule.ATTESTS_OTHER_DATA, committee.verify(honest, Sha256.hash("other".getBytes())),
                "a valid attestation of other data presented for this batch");
    }

    @Test
    void dataIsServedWhileOneMemberServesAndLostWhenNone() {
        var h = Sha256.hash(data);
        committee.withholdFirst(4);
        assertEquals(1, committee.serving());
        assertArrayEquals(data, committee.retrieve(h).orElseThrow(), "one honest member is enough");
        committee.members().get(4).withhold();
        assertTrue(committee.retrieve(h).isEmpty(), "all five withhold");
        assertTrue(committee.verify(honest, h).isValid(),
                "the attestation still verifies: it proves a claim, not availability");
    }

    @Test
    void badQuorumsAreNamed() {
        assertEquals("the threshold must be in 1..5, not 6",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> DaCommittee.of(keys, 6)).getMessage());
        List<PrivateKey> repeated = List.of(keys.get(0), keys.get(0));
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DaCommittee.of(repeated, 1)).getMessage().contains("distinct"));
    }
}
