package layers.l2.zk.stark;

import layers.core.Verdict;
import layers.l2.zk.air.StarkAir;
import layers.l2.zk.commit.MerkleCommitment;
import layers.l2.zk.field.GoldilocksExt2;
import layers.l2.zk.fri.FriRule;
import layers.l2.zk.fri.FriVerifier;
import layers.l2.zk.poly.CosetDomain;
import layers.l2.zk.poly.FieldPolynomial;
import layers.l2.zk.poly.Ntt;
import layers.l2.zk.transcript.FiatShamirTranscript;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The STARK verifier: it replays the prover's transcript from the statement and the commitments, so it draws the
 * same coefficients, FRI challenges and query positions; then at each queried point it checks that the opened
 * trace rows are in the committed tree, computes the constraint combination from them itself, and lets FRI check
 * that this value belongs to a low-degree polynomial. Its work grows with the number of queries and the logarithm
 * of the trace length (plus the length of any public column), not with the trace: that is succinctness.
 */
public final class StarkVerifier {

    private StarkVerifier() {
    }

    /** Verifies a serialised proof; bytes that do not parse are a {@link StarkRule#MALFORMED_PROOF} rejection. */
    public static Verdict verify(StarkAir air, byte[] proofBytes, StarkParameters params) {
        checkQueryCount(air, params);
        StarkProof proof;
        try {
            proof = StarkProof.fromBytes(proofBytes, air, params);
        } catch (IllegalArgumentException e) {
            return Verdict.rejected(StarkRule.MALFORMED_PROOF, e.getMessage());
        }
        return verify(air, proof, params);
    }

    /**
     * Verifies a proof that {@code air}'s statement holds.
     *
     * @throws IllegalArgumentException if the parameters ask for more queries than half the extension domain (the
     *                                  prover refuses them too)
     */
    public static Verdict verify(StarkAir air, StarkProof proof, StarkParameters params) {
        checkQueryCount(air, params);
        ProofShape shape = ProofShape.of(air, params);
        int n = air.traceLength();
        int size = shape.ldeSize();
        if (proof.traceOpenings().size() != params.queries() || proof.fri().queries().size() != params.queries()
                || proof.fri().layerRoots().size() != shape.friLayers()
                || proof.fri().finalCodeword().length != shape.finalLength()) {
            return Verdict.rejected(StarkRule.MALFORMED_PROOF, "the proof does not have the shape of " + shape);
        }
        for (int q = 0; q < params.queries(); q++) {
            if (proof.fri().queries().get(q).size() != shape.friLayers()) {
                return Verdict.rejected(StarkRule.MALFORMED_PROOF, "query " + q + " opens "
                        + proof.fri().queries().get(q).size() + " FRI layers, not " + shape.friLayers());
            }
        }
        FiatShamirTranscript transcript = new FiatShamirTranscript(StarkProver.domain());
        ConstraintComposition.absorbStatement(transcript, air, params);
        transcript.absorb("trace root", proof.traceRoot());
        ConstraintComposition composition = new ConstraintComposition(air, transcript);
        CosetDomain lde = new CosetDomain(StarkParameters.domainOffset(), size);
        FriVerifier fri = new FriVerifier(lde, n, params.finalDegreeBound());
        fri.readCommitments(proof.fri(), transcript);
        if (!transcript.checkGrinding(proof.grindingNonce(), params.grindingBits())) {
            return Verdict.rejected(StarkRule.GRINDING, "nonce " + Long.toUnsignedString(proof.grindingNonce())
                    + " does not give " + params.grindingBits() + " leading zero bits");
        }
        transcript.absorb("grinding nonce", StarkProver.longBytes(proof.grindingNonce()));
        int[] queries = drawQueries(transcript, params.queries(), size);

        long[][] publicValues = composition.combinedPublicValues();
        FieldPolynomial public0 = FieldPolynomial.of(Ntt.interpolate(publicValues[0]));
        FieldPolynomial public1 = FieldPolynomial.of(Ntt.interpolate(publicValues[1]));
        GoldilocksExt2[] values = new GoldilocksExt2[queries.length];
        for (int q = 0; q < queries.length; q++) {
            int i = queries[q];
            int next = (i + params.blowup()) % size;
            TraceOpening t = proof.traceOpenings().get(q);
            if (t.row().length != air.traceWidth() || t.nextRow().length != air.traceWidth()) {
                return Verdict.rejected(StarkRule.MALFORMED_PROOF, "query " + q + " opens rows of the wrong width");
            }
            Verdict row = MerkleCommitment.verify(proof.traceRoot(), i, size, StarkProver.rowBytes(t.row()), t.path());
            if (!row.isValid()) {
                return Verdict.rejected(StarkRule.TRACE_MERKLE_PATH, "query " + q + ", row " + i + ": " + row);
            }
            Verdict nextRow = MerkleCommitment.verify(proof.traceRoot(), next, size, StarkProver.rowBytes(t.nextRow()),
                    t.nextPath());
            if (!nextRow.isValid()) {
                return Verdict.rejected(StarkRule.TRACE_MERKLE_PATH, "query " + q + ", next row " + next + ": "
                        + nextRow);
            }
            long x = lde.element(i);
            values[q] = composition.combineAt(x, t.row(), t.nextRow(), public0.evaluate(x), public1.evaluate(x));
        }
        Verdict v = fri.checkQueries(proof.fri(), queries, values);
        if (v.isRejectedFor(FriRule.FIRST_LAYER_VALUE)) {
            return Verdict.rejected(StarkRule.CONSTRAINTS, v.detail().orElse(""));
        }
        return v;
    }

    static void checkQueryCount(StarkAir air, StarkParameters params) {
        int size = air.traceLength() * params.blowup();
        if (params.queries() > size / 2) {
            throw new IllegalArgumentException(params.queries() + " queries need an extension domain of at least "
                    + 2 * params.queries() + " points, this one has " + size + " (trace of " + air.traceLength()
                    + " rows, blowup " + params.blowup() + ")");
        }
    }

    /** {@code count} distinct positions in [0, size) from the transcript. */
    static int[] drawQueries(FiatShamirTranscript transcript, int count, int size) {
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(transcript.challengeIndex(size));
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }
}
