package layers.exercises.pairs;

import java.math.BigInteger;

/**
 * Exercise {@code pairs.swap-output}: a swap's output with the 0.3% fee. Write {@link #amountOut}, then grade it:
 * {@code ./course grade pairs.swap-output}.
 *
 * <p>Hints:
 * <ol>
 *   <li>The fee is taken from the input: only 997/1000 of it counts.</li>
 *   <li>The products overflow a {@code long} for large reserves: use {@code BigInteger}, then {@code longValueExact()}.</li>
 * </ol>
 */
public class MySwapQuote implements SwapQuote {

    @Override
    public long amountOut(long amountIn, long reserveIn, long reserveOut) {
        throw new UnsupportedOperationException("exercise pairs.swap-output: not written yet — see the hints above");
    }
}
