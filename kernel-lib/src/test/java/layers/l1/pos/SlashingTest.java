package layers.l1.pos;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlashingTest {

    private static Checkpoint cp(long epoch, String chain) {
        Hash root = Sha256.hash((chain + epoch).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Checkpoint(Epoch.of(epoch), root);
    }

    private static AttestationData vote(long source, long target, String chain) {
        return AttestationData.link(cp(source, chain), cp(target, chain));
    }

    @Test
    void twoVotesForDifferentTargetsInTheSameEpochAreADoubleVote() {
        AttestationData a = vote(3, 5, "a");
        AttestationData b = vote(3, 5, "b");
        assertTrue(Slashing.isSlashableAttestationData(a, b));
        assertEquals(Offence.DOUBLE_VOTE, Slashing.offence(a, b));
    }

    @Test
    void aVoteWhoseSpanContainsAnothersIsASurroundVote() {
        AttestationData surrounding = vote(2, 7, "a");
        AttestationData surrounded = vote(3, 6, "a");
        assertTrue(Slashing.isSlashableAttestationData(surrounding, surrounded));
        assertEquals(Offence.SURROUND_VOTE, Slashing.offence(surrounded, surrounding));
    }

    @Test
    void theSpecificationChecksTheSurroundOnlyWithTheSurroundingVoteFirst() {
        assertFalse(Slashing.isSlashableAttestationData(vote(3, 6, "a"), vote(2, 7, "a")));
    }

    @Test
    void theSameVoteTwiceIsNotSlashable() {
        assertFalse(Slashing.isSlashableAttestationData(vote(3, 5, "a"), vote(3, 5, "a")));
    }

    @Test
    void consecutiveHonestVotesAreNotSlashable() {
        assertEquals(Offence.NONE, Slashing.offence(vote(3, 4, "a"), vote(4, 5, "a")));
        assertEquals(Offence.NONE, Slashing.offence(vote(3, 5, "a"), vote(4, 6, "a"))); // overlapping, not nested
        assertEquals(Offence.NONE, Slashing.offence(vote(3, 5, "a"), vote(3, 6, "a"))); // same source
    }

    @Test
    void evidenceOfADoubleVoteSlashesTheValidatorsInBothAttestations() {
        AttesterSlashing evidence = new AttesterSlashing(
                new IndexedAttestation(List.of(1, 2, 5), vote(3, 5, "a")),
                new IndexedAttestation(List.of(2, 5, 7), vote(3, 5, "b")));
        Verdict v = Slashing.checkAttesterSlashing(evidence, 10, i -> true);
        assertTrue(v.isValid(), v.toString());
        assertEquals(List.of(2, 5), Slashing.slashableIndices(evidence, i -> true));
    }

    @Test
    void evidenceOfHonestVotesIsRejected() {
        AttesterSlashing evidence = new AttesterSlashing(IndexedAttestation.of(1, vote(3, 4, "a")),
                IndexedAttestation.of(1, vote(4, 5, "a")));
        Verdict v = Slashing.checkAttesterSlashing(evidence, 10, i -> true);
        assertTrue(v.isRejectedFor(SlashingRule.NOT_SLASHABLE), v.toString());
    }

    @Test
    void evidenceWithUnsortedIndicesIsRejected() {
        AttesterSlashing evidence = new AttesterSlashing(new IndexedAttestation(List.of(5, 2), vote(3, 5, "a")),
                IndexedAttestation.of(2, vote(3, 5, "b")));
        Verdict v = Slashing.checkAttesterSlashing(evidence, 10, i -> true);
        assertTrue(v.isRejectedFor(SlashingRule.INVALID_INDICES), v.toString());
        assertEquals("attestation 1 lists [5, 2]", v.detail().orElseThrow());
    }

    @Test
    void evidenceAgainstAnAlreadySlashedValidatorSlashesNothing() {
        AttesterSlashing evidence = new AttesterSlashing(IndexedAttestation.of(4, vote(3, 5, "a")),
                IndexedAttestation.of(4, vote(3, 5, "b")));
        Verdict v = Slashing.checkAttesterSlashing(evidence, 10, i -> i != 4);
        assertTrue(v.isRejectedFor(SlashingRule.NOTHING_TO_SLASH), v.toString());
    }

    @Test
    void aSlashedValidatorLosesOneEtherAtOnceAndTheWhistleblowerGainsASixteenth() {
        BeaconSimulation chain = BeaconSimulation.withValidators(10, Gwei.ether(32));
        chain.runEpoch(v -> true);
        AttesterSlashing evidence = new AttesterSlashing(IndexedAttestation.of(3, vote(0, 1, "a")),
                IndexedAttestation.of(3, vote(0, 1, "b")));
        assertTrue(chain.slash(evidence, 9).isValid());
        BeaconState s = chain.state();
        assertTrue(s.isSlashed(3));
        assertEquals(Gwei.ether(31), s.balance(3));
        assertEquals(Gwei.ether(32).plus(Gwei.of(62_500_000)), s.balance(9));
        assertEquals(Gwei.ether(32), s.slashingsInWindow());
        assertEquals(Epoch.of(1 + SpecConstants.EPOCHS_PER_SLASHINGS_VECTOR), s.withdrawableEpoch(3));
        assertTrue(chain.slash(evidence, 9).isRejectedFor(SlashingRule.NOTHING_TO_SLASH));
    }
}
