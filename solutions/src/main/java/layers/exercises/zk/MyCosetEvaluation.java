package layers.exercises.zk;

import layers.l2.zk.field.Goldilocks;

/**
 * Exercise {@code zk.coset}: evaluate a polynomial on a coset {@code offset·⟨ω⟩}. Write {@link #evaluateOnCoset},
 * then grade it: {@code ./course grade zk.coset}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Check the size first: {@code Integer.bitCount(size) == 1} holds exactly for powers of two.
 *       {@code Integer.numberOfTrailingZeros(size)} is then its log2.</li>
 *   <li>The points are x_0 = offset and x_{i+1} = x_i·ω: one {@code Goldilocks.mul} per point, no {@code pow}.</li>
 *   <li>Horner's rule at each point: start from 0 and, from the highest coefficient down, do
 *       {@code acc = Goldilocks.add(Goldilocks.mul(acc, x), c[j])}. Never use {@code +} or {@code *} on field
 *       elements: they overflow a long.</li>
 * </ol>
 */
public class MyCosetEvaluation implements CosetEvaluation {

    @Override
    public long[] evaluateOnCoset(long[] coefficients, long offset, int size) {
        // BEGIN SOLUTION zk.coset
        if (size < 1 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("the coset's size must be a power of two, not " + size);
        }
        if (offset == 0) {
            throw new IllegalArgumentException("a coset's offset cannot be 0");
        }
        long omega = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(size));
        long[] values = new long[size];
        long x = offset;
        for (int i = 0; i < size; i++) {
            long acc = 0;
            for (int j = coefficients.length - 1; j >= 0; j--) {
                acc = Goldilocks.add(Goldilocks.mul(acc, x), coefficients[j]);
            }
            values[i] = acc;
            x = Goldilocks.mul(x, omega);
        }
        return values;
        // END SOLUTION
    }
}
