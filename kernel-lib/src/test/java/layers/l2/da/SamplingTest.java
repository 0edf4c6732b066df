package layers.l2.da;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.merkle.MerkleProof;
import layers.l1.network.SimRandom;
import layers.l2.zk.field.Goldilocks;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SamplingTest {

    private final ErasureCodedData coded = ErasureCodedData.encode(ReedSolomonTest.randomData(64, 2, 21));
    private final DataCommitment commitment = coded.commitment();

    @Test
    void anHonestSampleVerifiesThenEachTamperingIsRejected() {
        ChunkSample honest = coded.sample(77);
        assertTrue(SampleVerifier.verify(commitment, honest).isValid());

        assertRejected(DaRule.NOT_IN_COMMITMENT, SampleVerifier.verify(commitment,
                honest.withElement(0, Goldilocks.add(honest.elements()[0], 1))), "a changed element");
        assertRejected(DaRule.NOT_A_FIELD_ELEMENT, SampleVerifier.verify(commitment,
                honest.withElement(1, Goldilocks.P)), "an element equal to p");
        assertRejected(DaRule.PROOF_FOR_OTHER_CHUNK, SampleVerifier.verify(commitment, honest.withIndex(78)),
                "chunk 77 served as chunk 78");
        assertRejected(DaRule.NOT_IN_COMMITMENT, SampleVerifier.verify(commitment,
                new ChunkSample(78, honest.elements(), honest.proof().withLeafIndex(78))),
                "chunk 77's data and path claimed for position 78");
        assertRejected(DaRule.INDEX_OUT_OF_RANGE, SampleVerifier.verify(commitment, honest.withIndex(128)),
                "position 128 of 128");
        assertRejected(DaRule.WRONG_CHUNK_SIZE, SampleVerifier.verify(commitment,
                new ChunkSample(77, new long[] {1}, honest.proof())), "a short chunk");
        assertRejected(DaRule.PROOF_FOR_OTHER_CHUNK, SampleVerifier.verify(commitment,
                new ChunkSample(77, honest.elements(), MerkleProof.of(77, 256, honest.proof().path()))),
                "a proof for a tree of 256");
        assertRejected(DaRule.NOT_IN_COMMITMENT, SampleVerifier.verify(
                new DataCommitment(Hash.ZERO, 128, 2), honest), "another root");
        MerkleProof.Step first = honest.proof().path().get(0);
        assertRejected(DaRule.NOT_IN_COMMITMENT, SampleVerifier.verify(commitment, new ChunkSample(77,
                honest.elements(), honest.proof().withStep(0, new MerkleProof.Step(Hash.ZERO, first.side())))),
                "a changed sibling");
    }

    private static void assertRejected(DaRule rule, Verdict v, String what) {
        assertTrue(v.isRejectedFor(rule), what + ": expected " + rule + " but got " + v);
    }

    @Test
    void anHonestPublisherPassesEverySample() {
        DaPublisher honest = DaPublisher.honest(coded);
        SamplingNode.Outcome o = SamplingNode.sample(commitment, honest, 30, new SimRandom(1));
        assertTrue(o.accepted(), o.toString());
        assertEquals(30, o.asked());
        assertEquals(1.0, SamplingSimulation.run(honest, 10, 200, 3).simulated(), "every node accepts available data");
    }

    @Test
    void withholdingOneMoreThanHalfBlocksReconstructionAndIsCaught() {
        int n = coded.chunkCount();
        assertEquals(65, DaPublisher.minimumToBlock(n));
        DaPublisher attacker = DaPublisher.withholdingRandom(coded, 65, new SimRandom(5));
        assertEquals(65, attacker.withheldCount());
        Reconstruction r = ReedSolomon.reconstruct(attacker.servedChunks(), 64, 2);
        assertTrue(r.verdict().isRejectedFor(DaRule.TOO_FEW_CHUNKS), r.toString());
        // One chunk fewer withheld and anybody who downloads the rest rebuilds everything.
        DaPublisher almost = DaPublisher.withholdingRandom(coded, 64, new SimRandom(5));
        assertTrue(ReedSolomon.reconstruct(almost.servedChunks(), 64, 2).succeeded());

        SamplingNode.Outcome o = SamplingNode.sample(commitment, attacker, 30, new SimRandom(2));
        assertFalse(o.accepted());
        assertTrue(o.verdict().isRejectedFor(DaRule.CHUNK_WITHHELD), o.toString());
    }

    @Test
    void theSimulatedMissRateMatchesTheClosedForm() {
        DaPublisher attacker = DaPublisher.withholdingRandom(coded, 65, new SimRandom(8));
        double f = 65.0 / 128;
        for (int s : new int[] {1, 2, 4, 8}) {
            SamplingSimulation.Run run = SamplingSimulation.run(attacker, s, 20_000, 100 + s);
            double p = Math.pow(1 - f, s);
            double sd = Math.sqrt(p * (1 - p) / run.nodes());
            assertEquals(p, run.predicted(), 1e-12);
            assertEquals(p, run.simulated(), 4 * sd, s + " samples: " + run);
        }
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        DaPublisher attacker = DaPublisher.withholdingRandom(coded, 70, new SimRandom(8));
        assertEquals(SamplingSimulation.run(attacker, 3, 500, 42), SamplingSimulation.run(attacker, 3, 500, 42));
        assertEquals(SamplingSimulation.sweep(attacker, 5, 100, 9).toString(),
                SamplingSimulation.sweep(attacker, 5, 100, 9).toString());
    }

    @Test
    void closedForms() {
        assertEquals(Math.pow(0.5, 30), DetectionProbability.missProbability(0.5, 30), 0);
        assertEquals(65.0 / 128, DetectionProbability.minimumBlockingFraction(128), 0);
        assertEquals(7, DetectionProbability.samplesNeeded(0.5, 0.01), "0.5^7 = 0.0078 <= 1%, 0.5^6 > 1%");
        assertEquals(0.5 * 63.0 / 127, DetectionProbability.missProbabilityDistinct(128, 64, 2), 1e-15);
        assertTrue(DetectionProbability.missProbabilityDistinct(128, 65, 20)
                < DetectionProbability.missProbability(65.0 / 128, 20), "distinct samples do better");
    }

    @Test
    void withholdingExactPositions() {
        Set<Integer> firstHalfAndOne = IntStream.rangeClosed(0, 64).boxed().collect(Collectors.toSet());
        DaPublisher p = DaPublisher.withholding(coded, firstHalfAndOne);
        assertTrue(p.serve(64).isEmpty());
        assertTrue(p.serve(65).isPresent());
        assertEquals(65.0 / 128, p.withheldFraction());
    }
}
