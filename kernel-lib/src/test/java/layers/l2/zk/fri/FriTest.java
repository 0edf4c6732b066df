package layers.l2.zk.fri;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.field.GoldilocksExt2;
import layers.l2.zk.poly.CosetDomain;
import layers.l2.zk.transcript.FiatShamirTranscript;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FriTest {

    private static final CosetDomain DOMAIN = new CosetDomain(Goldilocks.GENERATOR, 256);
    private static final int DEGREE = 64;
    private static final int FINAL = 4;

    private static GoldilocksExt2[] lowDegreeCodeword(int degree, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long[] a = new long[degree];
        long[] b = new long[degree];
        for (int i = 0; i < degree; i++) {
            a[i] = Goldilocks.of(rng.nextLong());
            b[i] = Goldilocks.of(rng.nextLong());
        }
        long[] va = DOMAIN.evaluate(a);
        long[] vb = DOMAIN.evaluate(b);
        GoldilocksExt2[] w = new GoldilocksExt2[DOMAIN.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = new GoldilocksExt2(va[i], vb[i]);
        }
        return w;
    }

    private static final int[] QUERIES = {3, 77, 130, 255, 18, 200};

    private static FriProof prove(GoldilocksExt2[] codeword) {
        FiatShamirTranscript t = new FiatShamirTranscript("fri test");
        return FriProver.commit(codeword, DOMAIN, DEGREE, FINAL, t).proof(QUERIES);
    }

    private static Verdict verify(FriProof proof) {
        FiatShamirTranscript t = new FiatShamirTranscript("fri test");
        FriVerifier v = new FriVerifier(DOMAIN, DEGREE, FINAL);
        v.readCommitments(proof, t);
        return v.checkQueries(proof, QUERIES, null);
    }

    @Test
    void foldOfAPolynomialIsItsEvenPartPlusAlphaTimesItsOddPart() {
        // f(x) = 1 + 2x + 3x² + 4x³: fe(y) = 1 + 3y, fo(y) = 2 + 4y; fold at alpha: fe + alpha·fo.
        long x = 5;
        GoldilocksExt2 alpha = GoldilocksExt2.ofBase(10);
        GoldilocksExt2 fx = GoldilocksExt2.ofBase(1 + 2 * 5 + 3 * 25 + 4 * 125);
        GoldilocksExt2 fmx = GoldilocksExt2.ofBase(Goldilocks.ofSigned(1 - 2 * 5 + 3 * 25 - 4 * 125));
        long y = 25;
        assertEquals(GoldilocksExt2.ofBase(1 + 3 * y + 10 * (2 + 4 * y)), Fri.fold(fx, fmx, x, alpha));
    }

    @Test
    void foldingHalvesTheDegree() {
        GoldilocksExt2[] w = lowDegreeCodeword(DEGREE, 1);
        GoldilocksExt2[] folded = Fri.foldLayer(w, DOMAIN, new GoldilocksExt2(3, 4));
        assertEquals(-1, Fri.firstCoefficientAtOrAbove(folded, DOMAIN.squared(), DEGREE / 2));
        assertTrue(Fri.firstCoefficientAtOrAbove(folded, DOMAIN.squared(), DEGREE / 2 - 1) >= 0);
    }

    @Test
    void honestLowDegreeCodewordIsAccepted() {
        FriProof proof = prove(lowDegreeCodeword(DEGREE, 2));
        assertEquals(Fri.layerCount(DEGREE, FINAL), proof.layerRoots().size());
        assertTrue(verify(proof).isValid(), verify(proof).toString());
    }

    @Test
    void codewordOfTooHighDegreeIsRejected() {
        Verdict v = verify(prove(lowDegreeCodeword(2 * DEGREE, 3)));
        assertFalse(v.isValid());
    }

    @Test
    void codewordWithOneChangedValueIsRejectedWhenAQueryHitsIt() {
        GoldilocksExt2[] w = lowDegreeCodeword(DEGREE, 4);
        w[77] = w[77].add(GoldilocksExt2.ONE);
        Verdict v = verify(prove(w));
        assertTrue(v.isRejectedFor(FriRule.FOLDING) || v.isRejectedFor(FriRule.FINAL_VALUE)
                || v.isRejectedFor(FriRule.FINAL_DEGREE), v.toString());
    }

    @Test
    void changedOpeningOrPathOrRootIsRejected() {
        FriProof proof = prove(lowDegreeCodeword(DEGREE, 5));
        List<List<FriLayerOpening>> queries = new ArrayList<>(proof.queries());
        List<FriLayerOpening> q0 = new ArrayList<>(queries.get(0));
        FriLayerOpening o = q0.get(1);
        q0.set(1, new FriLayerOpening(o.value().add(GoldilocksExt2.ONE), o.negatedValue(), o.path()));
        queries.set(0, q0);
        assertTrue(verify(new FriProof(proof.layerRoots(), proof.finalCodeword(), queries))
                .isRejectedFor(FriRule.LAYER_MERKLE_PATH));

        List<Hash> path = new ArrayList<>(o.path());
        path.set(0, Hash.ZERO);
        q0.set(1, new FriLayerOpening(o.value(), o.negatedValue(), path));
        assertTrue(verify(new FriProof(proof.layerRoots(), proof.finalCodeword(), queries))
                .isRejectedFor(FriRule.LAYER_MERKLE_PATH));

        List<Hash> roots = new ArrayList<>(proof.layerRoots());
        roots.set(2, Hash.ZERO);
        assertFalse(verify(new FriProof(roots, proof.finalCodeword(), proof.queries())).isValid());

        GoldilocksExt2[] last = proof.finalCodeword();
        last[0] = last[0].add(GoldilocksExt2.ONE);
        assertTrue(verify(new FriProof(proof.layerRoots(), last, proof.queries()))
                .isRejectedFor(FriRule.FINAL_DEGREE));
    }

    @Test
    void aWrongFirstLayerValueIsRejected() {
        GoldilocksExt2[] w = lowDegreeCodeword(DEGREE, 6);
        FriProof proof = prove(w);
        FiatShamirTranscript t = new FiatShamirTranscript("fri test");
        FriVerifier v = new FriVerifier(DOMAIN, DEGREE, FINAL);
        v.readCommitments(proof, t);
        GoldilocksExt2[] expected = new GoldilocksExt2[QUERIES.length];
        for (int q = 0; q < QUERIES.length; q++) {
            expected[q] = w[QUERIES[q]];
        }
        assertTrue(v.checkQueries(proof, QUERIES, expected).isValid());
        expected[2] = expected[2].add(GoldilocksExt2.ONE);
        assertTrue(v.checkQueries(proof, QUERIES, expected).isRejectedFor(FriRule.FIRST_LAYER_VALUE));
    }
}
