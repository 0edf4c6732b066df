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
        // BEGIN SOLUTION bridges.reconstruct
        if (available.size() < k) {
            throw new IllegalArgumentException(available.size() + " chunks available, " + k + " needed");
        }
        int n = 2 * k;
        long omega = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(n));
        long[] xs = new long[k];
        long[] ys = new long[k];
        int m = 0;
        for (var e : available.entrySet()) {
            if (m == k) {
                break;
            }
            xs[m] = Goldilocks.pow(omega, ReedSolomon.bitReverse(e.getKey(), n));
            ys[m] = e.getValue();
            m++;
        }
        long[] data = new long[k];
        for (int j = 0; j < k; j++) {
            long x = Goldilocks.pow(omega, ReedSolomon.bitReverse(j, n));
            long sum = 0;
            for (int i = 0; i < k; i++) {
                long num = 1;
                long den = 1;
                for (int l = 0; l < k; l++) {
                    if (l != i) {
                        num = Goldilocks.mul(num, Goldilocks.sub(x, xs[l]));
                        den = Goldilocks.mul(den, Goldilocks.sub(xs[i], xs[l]));
                    }
                }
                sum = Goldilocks.add(sum, Goldilocks.mul(ys[i], Goldilocks.mul(num, Goldilocks.inv(den))));
            }
            data[j] = sum;
        }
        return data;
        // END SOLUTION
    }
}
