package layers.exercises.bridges;

import java.util.Map;

/** Rebuilding erasure-coded data from any half of its chunks. */
public interface HalfReconstruction {

    /**
     * The k data values of a Reed–Solomon code with extension factor 2 over the Goldilocks field, one field element
     * per chunk, as {@code layers.l2.da.ReedSolomon} lays it out: coded chunk p (0 ≤ p < 2k) is the value of a
     * polynomial of degree below k at {@code x_p = ω^bitReverse(p, 2k)}, with ω the primitive 2k-th root of unity
     * {@code Goldilocks.rootOfUnity(log2(2k))}; data value j is coded chunk j.
     *
     * @param k         the number of data values, a power of two
     * @param available coded positions → their values; at least k of them
     * @return the k data values, in order
     * @throws IllegalArgumentException if fewer than k chunks are available, naming how many
     */
    long[] reconstruct(int k, Map<Integer, Long> available);
}
