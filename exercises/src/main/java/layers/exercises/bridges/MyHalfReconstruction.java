package layers.exercises.bridges;

import layers.l2.da.ReedSolomon;
import layers.l2.zk.field.Goldilocks;

import java.util.Map;

/**
 * Exercise {@code bridges.reconstruct}: rebuild the data from half of the coded chunks by Lagrange interpolation.
 * Write {@link #reconstruct} without calling {@code ReedSolomon.reconstruct}, then grade it:
 * {@code ./course grade bridges.reconstruct}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Take any k available positions p and their points {@code x_p = Goldilocks.pow(omega, ReedSolomon.bitReverse(p,
 *       2 * k))}, with {@code omega = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(2 * k))}.</li>
 *   <li>The polynomial through them evaluated at x is (Lagrange)
 *       {@code Σ_i y_i · Π_{j≠i} (x − x_j) / (x_i − x_j)}; all arithmetic with {@code Goldilocks.add/sub/mul/inv}.</li>
 *   <li>Data value j is that polynomial at {@code x_j}, the point of coded position j, for j = 0..k−1.</li>
 * </ol>
 */
public class MyHalfReconstruction implements HalfReconstruction {

    @Override
    public long[] reconstruct(int k, Map<Integer, Long> available) {
        throw new UnsupportedOperationException("exercise bridges.reconstruct: not written yet — see the hints above");
    }
}
