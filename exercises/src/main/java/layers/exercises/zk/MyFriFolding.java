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
        throw new UnsupportedOperationException("exercise zk.fold: not written yet — see the hints above");
    }
}
