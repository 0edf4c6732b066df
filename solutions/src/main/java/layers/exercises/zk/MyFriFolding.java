package layers.exercises.zk;

import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.field.GoldilocksExt2;

/**
 * Exercise {@code zk.fold}: fold one FRI layer. Write {@link #foldLayer}, then grade it:
 * {@code ./course grade zk.fold}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Why j and j + m/2 are x and −x: ω^(m/2) = −1, so offset·ω^(j + m/2) = −offset·ω^j.</li>
 *   <li>The values are in the extension field: use {@code a.add(b)}, {@code a.sub(b)}, {@code a.mul(b)} and
 *       {@code a.mul(long)} to multiply by a base-field number. 1/2 is {@code Goldilocks.inv(2)}.</li>
 *   <li>Keep x as you go: x = offset for j = 0 and x ← x·ω after each j, with
 *       {@code ω = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(m))}; then
 *       {@code Goldilocks.inv(Goldilocks.mul(2, x))} is 1/(2x).</li>
 * </ol>
 */
public class MyFriFolding implements FriFolding {

    @Override
    public GoldilocksExt2[] foldLayer(GoldilocksExt2[] codeword, long offset, GoldilocksExt2 alpha) {
        // BEGIN SOLUTION zk.fold
        int m = codeword.length;
        if (m < 2 || Integer.bitCount(m) != 1) {
            throw new IllegalArgumentException("a FRI layer has a power-of-two length of at least 2, not " + m);
        }
        long omega = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(m));
        long half = Goldilocks.inv(2);
        GoldilocksExt2[] next = new GoldilocksExt2[m / 2];
        long x = offset;
        for (int j = 0; j < m / 2; j++) {
            GoldilocksExt2 fx = codeword[j];
            GoldilocksExt2 fMinusX = codeword[j + m / 2];
            GoldilocksExt2 even = fx.add(fMinusX).mul(half);
            GoldilocksExt2 odd = fx.sub(fMinusX).mul(Goldilocks.inv(Goldilocks.mul(2, x)));
            next[j] = even.add(alpha.mul(odd));
            x = Goldilocks.mul(x, omega);
        }
        return next;
        // END SOLUTION
    }
}
