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
        // BEGIN SOLUTION pairs.swap-output
        if (amountIn <= 0) {
            throw new IllegalArgumentException("the input must be positive, not " + amountIn);
        }
        if (reserveIn <= 0 || reserveOut <= 0) {
            throw new IllegalArgumentException("both reserves must be positive, not " + reserveIn + " and " + reserveOut);
        }
        BigInteger inWithFee = BigInteger.valueOf(amountIn).multiply(BigInteger.valueOf(997));
        BigInteger numerator = inWithFee.multiply(BigInteger.valueOf(reserveOut));
        BigInteger denominator = BigInteger.valueOf(reserveIn).multiply(BigInteger.valueOf(1000)).add(inWithFee);
        return numerator.divide(denominator).longValueExact();
        // END SOLUTION
    }
}
