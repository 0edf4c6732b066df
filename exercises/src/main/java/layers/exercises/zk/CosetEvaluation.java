package layers.exercises.zk;

/**
 * Evaluating a polynomial over a coset of the Goldilocks field's power-of-two subgroup: the low-degree extension's
 * domain. Source: the course's {@code layers.l2.zk.poly.CosetDomain}.
 */
public interface CosetEvaluation {

    /**
     * The values of the polynomial {@code c[0] + c[1]·x + c[2]·x² + …} at the points {@code offset·ω^i} for
     * i = 0..size−1, where ω = {@code Goldilocks.rootOfUnity(log2(size))}, in that order.
     *
     * @throws IllegalArgumentException if size is not a power of two (at least 1) or the offset is 0
     */
    long[] evaluateOnCoset(long[] coefficients, long offset, int size);
}
