package layers.exercises.optimistic;

import java.util.function.LongFunction;
import layers.l1.crypto.Hash;

/**
 * Exercise {@code optimistic.bisect}: find the step where two traces part, by bisection.
 * Write {@link #firstDivergentStep}, then grade it: {@code ./course grade optimistic.bisect}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Keep two steps, {@code lo} where the traces agree and {@code hi} where they disagree: 0 and {@code steps} to
 *       begin with (check both first).</li>
 *   <li>While {@code hi - lo > 1}: ask both traces about {@code mid = lo + (hi - lo) / 2}; if they agree there, the
 *       parting is after it ({@code lo = mid}), else before it ({@code hi = mid}).</li>
 *   <li>When {@code hi == lo + 1}, {@code lo} is the answer. Each round halves the interval: about log2(steps)
 *       questions.</li>
 * </ol>
 */
public class MyDivergenceFinder implements DivergenceFinder {

    @Override
    public long firstDivergentStep(LongFunction<Hash> mine, LongFunction<Hash> theirs, long steps) {
        throw new UnsupportedOperationException("exercise optimistic.bisect: not written yet — see the hints above");
    }
}
