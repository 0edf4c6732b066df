package layers.l2.zk.stark;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l2.zk.air.TraceTable;
import layers.l2.zk.air.FibonacciAir;
import layers.l2.zk.fri.FriLayerOpening;
import layers.l2.zk.fri.FriProof;
import layers.l2.zk.fri.FriRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StarkTest {

    private static final StarkParameters PARAMS = new StarkParameters(8, 12, 4, 4);
    private static final int N = 64;
    private static final FibonacciAir AIR = FibonacciAir.honest(N);
    private static final StarkProof PROOF = new StarkProver(PARAMS).prove(AIR, FibonacciAir.trace(N));

    @Test
    void honestProofVerifiesFromItsBytes() {
        Verdict v = StarkVerifier.verify(AIR, PROOF.toBytes(), PARAMS);
        assertTrue(v.isValid(), v.toString());
    }

    @Test
    void proofBytesRoundTrip() {
        byte[] bytes = PROOF.toBytes();
        assertArrayEquals(bytes, StarkProof.fromBytes(bytes, AIR, PARAMS).toBytes());
        assertEquals(PROOF, StarkProof.fromBytes(bytes, AIR, PARAMS));
    }

    @Test
    void proverIsDeterministic() {
        assertArrayEquals(PROOF.toBytes(), new StarkProver(PARAMS).prove(AIR, FibonacciAir.trace(N)).toBytes());
    }

    @Test
    void honestProverRefusesAWrongTraceNamingTheConstraintAndRow() {
        TraceTable bad = FibonacciAir.trace(N).withValue(10, 1, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StarkProver(PARAMS).prove(AIR, bad));
        assertTrue(e.getMessage().contains("from row 9 to row 10"), e.getMessage());
    }

    @Test
    void cheatingProverWithAChangedTraceValueIsRejected() {
        TraceTable bad = FibonacciAir.trace(N).withValue(10, 1, 5);
        StarkProof forged = new StarkProver(PARAMS).proveUnchecked(AIR, bad);
        Verdict v = StarkVerifier.verify(AIR, forged.toBytes(), PARAMS);
        assertTrue(v.isRejectedFor(StarkRule.CONSTRAINTS) || v.isRejectedFor(FriRule.FOLDING)
                || v.isRejectedFor(FriRule.FINAL_VALUE) || v.isRejectedFor(FriRule.FINAL_DEGREE), v.toString());
    }

    @Test
    void proofForAnotherStatementIsRejected() {
        FibonacciAir otherResult = new FibonacciAir(N, AIR.result() + 1);
        Verdict v = StarkVerifier.verify(otherResult, PROOF.toBytes(), PARAMS);
        assertFalse(v.isValid());
        // A false statement cannot be proved either: the honest trace breaks its boundary constraint.
        assertThrows(IllegalArgumentException.class,
                () -> new StarkProver(PARAMS).prove(otherResult, FibonacciAir.trace(N)));
        Verdict forged = StarkVerifier.verify(otherResult,
                new StarkProver(PARAMS).proveUnchecked(otherResult, FibonacciAir.trace(N)), PARAMS);
        assertFalse(forged.isValid(), forged.toString());
    }

    @Test
    void proofUnderOtherParametersIsRejected() {
        StarkParameters other = new StarkParameters(8, 12, 5, 4);
        assertFalse(StarkVerifier.verify(AIR, PROOF, other).isValid());
    }

    @Test
    void changedOpenedTraceValueIsATraceMerklePathRejection() {
        List<TraceOpening> openings = new ArrayList<>(PROOF.traceOpenings());
        TraceOpening t = openings.get(3);
        long[] row = t.row();
        row[0] ^= 1;
        openings.set(3, new TraceOpening(row, t.path(), t.nextRow(), t.nextPath()));
        Verdict v = StarkVerifier.verify(AIR, new StarkProof(PROOF.traceRoot(), PROOF.fri(), PROOF.grindingNonce(),
                openings), PARAMS);
        assertTrue(v.isRejectedFor(StarkRule.TRACE_MERKLE_PATH), v.toString());
        assertTrue(v.detail().orElseThrow().contains("query 3"), v.toString());
    }

    @Test
    void wrongTraceMerklePathIsRejected() {
        List<TraceOpening> openings = new ArrayList<>(PROOF.traceOpenings());
        TraceOpening t = openings.get(0);
        List<Hash> path = new ArrayList<>(t.nextPath());
        path.set(2, Hash.ZERO);
        openings.set(0, new TraceOpening(t.row(), t.path(), t.nextRow(), path));
        Verdict v = StarkVerifier.verify(AIR, new StarkProof(PROOF.traceRoot(), PROOF.fri(), PROOF.grindingNonce(),
                openings), PARAMS);
        assertTrue(v.isRejectedFor(StarkRule.TRACE_MERKLE_PATH), v.toString());
    }

    @Test
    void wrongFriLayerIsRejected() {
        FriProof fri = PROOF.fri();
        List<List<FriLayerOpening>> queries = new ArrayList<>(fri.queries());
        List<FriLayerOpening> q = new ArrayList<>(queries.get(1));
        FriLayerOpening o = q.get(2);
        q.set(2, new FriLayerOpening(o.negatedValue(), o.value(), o.path()));
        queries.set(1, q);
        Verdict v = StarkVerifier.verify(AIR, new StarkProof(PROOF.traceRoot(),
                new FriProof(fri.layerRoots(), fri.finalCodeword(), queries), PROOF.grindingNonce(),
                PROOF.traceOpenings()), PARAMS);
        assertTrue(v.isRejectedFor(FriRule.LAYER_MERKLE_PATH), v.toString());
    }

    @Test
    void missingFriLayerOpeningIsMalformed() {
        FriProof fri = PROOF.fri();
        List<List<FriLayerOpening>> queries = new ArrayList<>(fri.queries());
        queries.set(4, queries.get(4).subList(0, queries.get(4).size() - 1));
        Verdict v = StarkVerifier.verify(AIR, new StarkProof(PROOF.traceRoot(),
                new FriProof(fri.layerRoots(), fri.finalCodeword(), queries), PROOF.grindingNonce(),
                PROOF.traceOpenings()), PARAMS);
        assertTrue(v.isRejectedFor(StarkRule.MALFORMED_PROOF), v.toString());
    }

    @Test
    void wrongGrindingNonceIsRejected() {
        long bad = PROOF.grindingNonce() + 1;
        Verdict v = StarkVerifier.verify(AIR, new StarkProof(PROOF.traceRoot(), PROOF.fri(), bad,
                PROOF.traceOpenings()), PARAMS);
        assertFalse(v.isValid(), v.toString());
    }

    @Test
    void everyFlippedByteOfTheProofIsRejected() {
        byte[] bytes = PROOF.toBytes();
        SplittableRandom rng = new SplittableRandom(2026);
        // Every byte position once, each with a random nonzero bit flip.
        for (int i = 0; i < bytes.length; i++) {
            byte[] copy = bytes.clone();
            copy[i] ^= (byte) (1 << rng.nextInt(8));
            Verdict v = StarkVerifier.verify(AIR, copy, PARAMS);
            assertFalse(v.isValid(), "flipping a bit of byte " + i + " of " + bytes.length + " was accepted");
        }
    }

    @Test
    void truncatedOrExtendedProofIsMalformed() {
        byte[] bytes = PROOF.toBytes();
        Verdict shorter = StarkVerifier.verify(AIR, java.util.Arrays.copyOf(bytes, bytes.length - 1), PARAMS);
        assertTrue(shorter.isRejectedFor(StarkRule.MALFORMED_PROOF), shorter.toString());
        Verdict longer = StarkVerifier.verify(AIR, java.util.Arrays.copyOf(bytes, bytes.length + 1), PARAMS);
        assertTrue(longer.isRejectedFor(StarkRule.MALFORMED_PROOF), longer.toString());
    }

    @Test
    void tooManyQueriesForTheDomainIsRefusedByProverAndVerifier() {
        FibonacciAir tiny = FibonacciAir.honest(2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StarkProver(StarkParameters.DEFAULT).prove(tiny, FibonacciAir.trace(2)));
        assertTrue(e.getMessage().contains("28 queries"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> StarkVerifier.verify(tiny, new byte[0], StarkParameters.DEFAULT));
    }

    @Test
    void securityLevelFollowsTheConjecturedFormula() {
        StarkParameters p = StarkParameters.DEFAULT;
        assertEquals(28 * 3 + 16, p.querySecurityBits());
        assertEquals(128 - 19 - 16, p.fieldSecurityBits(1 << 16));
        assertEquals(92, p.conjecturedSecurityBits(1 << 16));
        assertEquals(99, p.conjecturedSecurityBits(1 << 10));
        assertTrue(p.explainSecurity(1 << 16).contains("92 bits"));
    }
}
