package layers.l2.zk.fri;

import layers.l1.crypto.Hash;
import layers.l2.zk.commit.MerkleCommitment;
import layers.l2.zk.field.GoldilocksExt2;
import layers.l2.zk.poly.CosetDomain;
import layers.l2.zk.transcript.FiatShamirTranscript;

import java.util.ArrayList;
import java.util.List;

/**
 * The FRI prover: the commit phase ({@link #commit}) folds the codeword layer by layer, committing to each layer and
 * drawing each fold's challenge from the transcript after the commitment; the query phase ({@link #open}) opens
 * every layer at the positions the verifier's queries select.
 */
public final class FriProver {

    private final List<GoldilocksExt2[]> layers = new ArrayList<>();
    private final List<MerkleCommitment> commitments = new ArrayList<>();
    private final GoldilocksExt2[] finalCodeword;

    private FriProver(GoldilocksExt2[] codeword, CosetDomain domain, int degreeBound, int finalDegreeBound,
            FiatShamirTranscript transcript) {
        GoldilocksExt2[] layer = codeword;
        CosetDomain d = domain;
        int folds = Fri.layerCount(degreeBound, finalDegreeBound);
        for (int k = 0; k < folds; k++) {
            GoldilocksExt2[] current = layer;
            int half = current.length / 2;
            MerkleCommitment c = MerkleCommitment.commit(half, j -> Fri.pairBytes(current[j], current[j + half]));
            layers.add(current);
            commitments.add(c);
            transcript.absorb("fri layer " + k, c.root());
            GoldilocksExt2 alpha = transcript.challengeExt();
            layer = Fri.foldLayer(current, d, alpha);
            d = d.squared();
        }
        finalCodeword = layer;
        transcript.absorb("fri final codeword", finalBytes(finalCodeword));
    }

    /**
     * The commit phase for {@code codeword} on {@code domain}, claimed to have degree below {@code degreeBound} (a
     * power of two), folding until the bound is at most {@code finalDegreeBound}.
     *
     * @throws IllegalArgumentException if the bounds are not powers of two or the domain is not larger than the bound
     */
    public static FriProver commit(GoldilocksExt2[] codeword, CosetDomain domain, int degreeBound,
            int finalDegreeBound, FiatShamirTranscript transcript) {
        checkBounds(domain, degreeBound, finalDegreeBound);
        if (codeword.length != domain.size()) {
            throw new IllegalArgumentException("a codeword of " + codeword.length + " values does not fit a domain of "
                    + domain.size());
        }
        return new FriProver(codeword, domain, degreeBound, finalDegreeBound, transcript);
    }

    static void checkBounds(CosetDomain domain, int degreeBound, int finalDegreeBound) {
        if (Integer.bitCount(degreeBound) != 1 || Integer.bitCount(finalDegreeBound) != 1) {
            throw new IllegalArgumentException("FRI degree bounds are powers of two, not " + degreeBound + " and "
                    + finalDegreeBound);
        }
        if (domain.size() <= degreeBound) {
            throw new IllegalArgumentException("a degree bound of " + degreeBound
                    + " needs a larger domain than " + domain.size() + " points (the blowup must be at least 2)");
        }
    }

    public List<Hash> layerRoots() {
        return commitments.stream().map(MerkleCommitment::root).toList();
    }

    public GoldilocksExt2[] finalCodeword() {
        return finalCodeword.clone();
    }

    /** The openings of every layer for a query at position {@code index} of the first layer. */
    public List<FriLayerOpening> open(int index) {
        List<FriLayerOpening> out = new ArrayList<>();
        int position = index;
        for (int k = 0; k < layers.size(); k++) {
            GoldilocksExt2[] layer = layers.get(k);
            int half = layer.length / 2;
            int j = position % half;
            out.add(new FriLayerOpening(layer[j], layer[j + half], commitments.get(k).open(j)));
            position = j;
        }
        return out;
    }

    /** The whole proof for these query positions. */
    public FriProof proof(int[] queryIndices) {
        List<List<FriLayerOpening>> queries = new ArrayList<>();
        for (int i : queryIndices) {
            queries.add(open(i));
        }
        return new FriProof(layerRoots(), finalCodeword, queries);
    }

    static byte[] finalBytes(GoldilocksExt2[] codeword) {
        byte[] out = new byte[codeword.length * GoldilocksExt2.BYTES];
        for (int i = 0; i < codeword.length; i++) {
            codeword[i].writeBytes(out, i * GoldilocksExt2.BYTES);
        }
        return out;
    }
}
