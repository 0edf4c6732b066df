package layers.l1.pos;

import layers.core.Verdict;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BeaconSimulationTest {

    @Test
    void anAttestationWithTheWrongSourceIsRejected() {
        BeaconSimulation chain = BeaconSimulation.withValidators(10, Gwei.ether(32));
        chain.run(4, v -> true); // justified: epoch 3
        AttestationData honest = chain.honestVote();
        AttestationData stale = AttestationData.link(Checkpoint.genesis(), honest.target());
        Verdict v = chain.attest(IndexedAttestation.of(1, stale));
        assertTrue(v.isRejectedFor(AttestationRule.WRONG_SOURCE), v.toString());
        assertTrue(chain.attest(IndexedAttestation.of(1, honest)).isValid());
    }

    @Test
    void anAttestationForAnOldTargetIsRejected() {
        BeaconSimulation chain = BeaconSimulation.withValidators(10, Gwei.ether(32));
        AttestationData epochZero = chain.honestVote();
        chain.run(3, v -> true);
        Verdict v = chain.attest(IndexedAttestation.of(1, epochZero));
        assertTrue(v.isRejectedFor(AttestationRule.TARGET_EPOCH_NOT_RECENT), v.toString());
    }

    @Test
    void aVoteForAnotherChainsTargetIsAcceptedButDoesNotCount() {
        BeaconSimulation chain = BeaconSimulation.withValidators(3, Gwei.ether(32));
        BeaconSimulation other = chain.fork("other");
        assertTrue(chain.attest(new IndexedAttestation(List.of(0, 1, 2), other.honestVote())).isValid());
        EpochReport r = chain.endEpoch();
        assertEquals(0.0, r.participation());
    }

    @Test
    void twoThirdsOnlineKeepFinalizingAndLessStopsIt() {
        BeaconSimulation twoThirds = BeaconSimulation.withValidators(3, Gwei.ether(32));
        twoThirds.run(6, v -> v < 2);
        assertEquals(4, twoThirds.history().get(5).finalizedEpoch());
        BeaconSimulation half = BeaconSimulation.withValidators(4, Gwei.ether(32));
        half.run(6, v -> v < 2);
        assertEquals(0, half.history().get(5).finalizedEpoch());
    }

    @Test
    void theSameCallsGiveTheSameChain() {
        Table a = PartitionSimulation.run(20, 60, 4, 50).majority();
        Table b = PartitionSimulation.run(20, 60, 4, 50).majority();
        assertEquals(a.print(), b.print());
    }
}
