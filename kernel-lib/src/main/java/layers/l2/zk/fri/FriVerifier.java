package layers.l2.zk.fri;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l2.zk.commit.MerkleCommitment;
import layers.l2.zk.field.GoldilocksExt2;
import layers.l2.zk.poly.CosetDomain;
import layers.l2.zk.transcript.FiatShamirTranscript;

import java.util.ArrayList;
import java.util.List;

/**
 * The FRI verifier, in the two phases of the protocol: {@link #readCommitments} replays the commit phase on the
 * transcript (absorbing each root and drawing the same challenge the prover drew), and {@link #checkQueries} checks
 * each query: every opened pair is in its layer's Merkle tree, each layer's value is the fold of the one above,
 * and the last fold matches the final codeword, which must itself have low degree.
 */
public final class FriVerifier {

    private final CosetDomain domain;
    private final int degreeBound;
    private final int finalDegreeBound;
    private final List<GoldilocksExt2> alphas = new ArrayList<>();

    /**
     * @throws IllegalArgumentException if the bounds are not powers of two or the domain is not larger than the bound
     */
    public FriVerifier(CosetDomain domain, int degreeBound, int finalDegreeBound) {
        FriProver.checkBounds(domain, degreeBound, finalDegreeBound);
        this.domain = domain;
        this.degreeBound = degreeBound;
        this.finalDegreeBound = finalDegreeBound;
    }

    /** How many layers a proof must commit to. */
    public int layerCount() {
        return Fri.layerCount(degreeBound, finalDegreeBound);
    }

    /** The length of the final codeword. */
    public int finalCodewordLength() {
        return domain.size() >> layerCount();
    }

    /**
     * Replays the commit phase: absorbs the roots and the final codeword, drawing the fold challenges.
     *
     * @throws IllegalArgumentException if the proof has the wrong number of layers or final values (its shape is
     *                                  fixed by the parameters; a parser should have refused it)
     */
    public void readCommitments(FriProof proof, FiatShamirTranscript transcript) {
        if (proof.layerRoots().size() != layerCount() || proof.finalCodeword().length != finalCodewordLength()) {
            throw new IllegalArgumentException("a FRI proof here has " + layerCount() + " layers and a final codeword of "
                    + finalCodewordLength() + ", not " + proof.layerRoots().size() + " and "
                    + proof.finalCodeword().length);
        }
        alphas.clear();
        for (int k = 0; k < layerCount(); k++) {
            transcript.absorb("fri layer " + k, proof.layerRoots().get(k));
            alphas.add(transcript.challengeExt());
        }
        transcript.absorb("fri final codeword", FriProver.finalBytes(proof.finalCodeword()));
    }

    /** The challenges drawn by {@link #readCommitments}. */
    public List<GoldilocksExt2> alphas() {
        return List.copyOf(alphas);
    }

    /**
     * Checks the queries at these first-layer positions. {@code firstLayerValues[q]}, when not null, is the value
     * the verifier computed itself for query q's point (the STARK's constraint combination); FRI checks the opened
     * value equals it.
     */
    public Verdict checkQueries(FriProof proof, int[] queryIndices, GoldilocksExt2[] firstLayerValues) {
        GoldilocksExt2[] finalCodeword = proof.finalCodeword();
        CosetDomain finalDomain = domain;
        for (int k = 0; k < layerCount(); k++) {
            finalDomain = finalDomain.squared();
        }
        int high = Fri.firstCoefficientAtOrAbove(finalCodeword, finalDomain, degreeBound >> layerCount());
        if (high >= 0) {
            return Verdict.rejected(FriRule.FINAL_DEGREE, "the final codeword of " + finalCodeword.length
                    + " values has a nonzero coefficient of degree " + high + ", at or above the bound "
                    + (degreeBound >> layerCount()));
        }
        if (proof.queries().size() != queryIndices.length) {
            throw new IllegalArgumentException("the proof answers " + proof.queries().size() + " queries, not "
                    + queryIndices.length);
        }
        for (int q = 0; q < queryIndices.length; q++) {
            Verdict v = checkQuery(proof.layerRoots(), proof.queries().get(q), queryIndices[q], q,
                    firstLayerValues == null ? null : firstLayerValues[q], finalCodeword);
            if (!v.isValid()) {
                return v;
            }
        }
        return Verdict.valid();
    }

    private Verdict checkQuery(List<Hash> roots, List<FriLayerOpening> openings, int index, int q,
            GoldilocksExt2 expectedFirst, GoldilocksExt2[] finalCodeword) {
        if (openings.size() != layerCount()) {
            throw new IllegalArgumentException("query " + q + " opens " + openings.size() + " layers, not "
                    + layerCount());
        }
        CosetDomain d = domain;
        int position = index;
        GoldilocksExt2 expected = expectedFirst;
        for (int k = 0; k < layerCount(); k++) {
            FriLayerOpening o = openings.get(k);
            int half = d.size() / 2;
            int j = position % half;
            Verdict path = MerkleCommitment.verify(roots.get(k), j, half, Fri.pairBytes(o.value(), o.negatedValue()),
                    o.path());
            if (!path.isValid()) {
                return Verdict.rejected(FriRule.LAYER_MERKLE_PATH, "query " + q + " (position " + index + "), layer "
                        + k + ", leaf " + j + ": " + path);
            }
            GoldilocksExt2 opened = position < half ? o.value() : o.negatedValue();
            if (expected != null && !opened.equals(expected)) {
                return Verdict.rejected(k == 0 ? FriRule.FIRST_LAYER_VALUE : FriRule.FOLDING, "query " + q
                        + " (position " + index + "), layer " + k + ": opened " + opened + " but expected " + expected);
            }
            expected = Fri.fold(o.value(), o.negatedValue(), d.element(j), alphas.get(k));
            d = d.squared();
            position = j;
        }
        if (expected != null && !finalCodeword[position].equals(expected)) {
            return Verdict.rejected(FriRule.FINAL_VALUE, "query " + q + " (position " + index + "): the last fold is "
                    + expected + " but the final codeword has " + finalCodeword[position] + " at " + position);
        }
        return Verdict.valid();
    }
}
