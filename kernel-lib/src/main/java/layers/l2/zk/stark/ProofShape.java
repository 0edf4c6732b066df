package layers.l2.zk.stark;

import layers.l2.zk.air.StarkAir;
import layers.l2.zk.fri.Fri;

/**
 * The sizes a proof must have, fixed by the statement and the parameters: the trace width, the size of the
 * low-degree extension, the number of FRI layers, the final codeword's length and the number of queries. A parser
 * reads exactly this shape, so every byte of a proof is used and none can be added or removed unnoticed.
 */
record ProofShape(int width, int ldeSize, int friLayers, int finalLength, int queries) {

    static ProofShape of(StarkAir air, StarkParameters params) {
        int n = air.traceLength();
        int lde = n * params.blowup();
        int layers = Fri.layerCount(n, params.finalDegreeBound());
        return new ProofShape(air.traceWidth(), lde, layers, lde >> layers, params.queries());
    }

    int traceDepth() {
        return Integer.numberOfTrailingZeros(ldeSize);
    }

    /** The path length of FRI layer k's tree: it has ldeSize/2^(k+1) leaves (pairs). */
    int friDepth(int k) {
        return traceDepth() - k - 1;
    }
}
