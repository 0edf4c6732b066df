package layers.l2.zk.fri;

import layers.l1.crypto.Hash;
import layers.l2.zk.field.GoldilocksExt2;

import java.util.Arrays;
import java.util.List;

/**
 * What a FRI prover sends: a Merkle root per folded layer (the commit phase), the last codeword in full, and for each
 * query the opened pair of every layer with its path (the query phase). Immutable.
 *
 * @param layerRoots    the roots of layers 0 … L−1, in order
 * @param finalCodeword the codeword after L folds, sent in the clear
 * @param queries       per query, its openings of layers 0 … L−1
 */
public record FriProof(List<Hash> layerRoots, GoldilocksExt2[] finalCodeword, List<List<FriLayerOpening>> queries) {

    public FriProof {
        layerRoots = List.copyOf(layerRoots);
        finalCodeword = finalCodeword.clone();
        queries = queries.stream().map(List::copyOf).toList();
    }

    @Override
    public GoldilocksExt2[] finalCodeword() {
        return finalCodeword.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FriProof p && layerRoots.equals(p.layerRoots)
                && Arrays.equals(finalCodeword, p.finalCodeword) && queries.equals(p.queries);
    }

    @Override
    public int hashCode() {
        return layerRoots.hashCode() * 31 + Arrays.hashCode(finalCodeword);
    }

    @Override
    public String toString() {
        return "FriProof(" + layerRoots.size() + " layers, final codeword of " + finalCodeword.length + ", "
                + queries.size() + " queries)";
    }
}
