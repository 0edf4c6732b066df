package layers.exercises.optimistic;

import java.util.function.LongFunction;
import layers.l1.crypto.Hash;

/**
 * Finds where two execution traces part, as a bisection game does, asking each trace for as few commitments as
 * possible.
 */
public interface DivergenceFinder {

    /**
     * A step {@code i}, {@code 0 <= i < steps}, at which the two traces agree after {@code i} steps and disagree
     * after {@code i + 1}: the step a one-step proof would settle. {@code mine.apply(s)} and {@code theirs.apply(s)}
     * are the commitments after {@code s} steps, for {@code s} from 0 to {@code steps}. Asks each function at most
     * {@code ceil(log2(steps)) + 2} times.
     *
     * @throws IllegalArgumentException if {@code steps < 1}, if the traces disagree at 0, or agree at {@code steps}
     */
    long firstDivergentStep(LongFunction<Hash> mine, LongFunction<Hash> theirs, long steps);
}
