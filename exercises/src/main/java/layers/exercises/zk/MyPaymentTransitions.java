package layers.exercises.zk;

import layers.l2.zk.field.Goldilocks;

/**
 * Exercise {@code zk.transition}: write the transition constraints of a payment AIR. Write {@link #evaluate}, then
 * grade it: {@code ./course grade zk.transition}. The tests prove and verify traces with your constraints, using
 * the course's STARK.
 *
 * <p>Hints:
 * <ol>
 *   <li>Name the cells first: {@code long a = current[0], b = current[1], amount = current[2], d = current[3];} and
 *       {@code aNext = next[0]}, {@code bNext = next[1]}.</li>
 *   <li>2d − 1 is {@code Goldilocks.sub(Goldilocks.add(d, d), 1)}: −1 when d = 0 is p − 1, which the field
 *       handles for you.</li>
 *   <li>Every operation through {@code Goldilocks}: {@code out[1] = Goldilocks.add(Goldilocks.sub(aNext, a),
 *       Goldilocks.mul(amount, sign))}.</li>
 * </ol>
 */
public class MyPaymentTransitions implements PaymentTransitions {

    @Override
    public void evaluate(long[] current, long[] next, long[] out) {
        throw new UnsupportedOperationException("exercise zk.transition: not written yet — see the hints above");
    }
}
