package layers.exercises.blobs;

import java.math.BigInteger;

/**
 * Exercise {@code blobs.fake-exponential}: EIP-4844's integer exponential, which prices blob gas. Write
 * {@link #fakeExponential}, then grade it: {@code ./course grade blobs.fake-exponential}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Start with {@code output = 0}, {@code accumulator = factor * denominator} and {@code i = 1}.</li>
 *   <li>While the accumulator is positive: add it to the output, then
 *       {@code accumulator = accumulator * numerator / (denominator * i)} (rounded down), then {@code i++}.</li>
 *   <li>Return {@code output / denominator}.</li>
 * </ol>
 */
public class MyFakeExponential implements FakeExponential {

    @Override
    public BigInteger fakeExponential(BigInteger factor, BigInteger numerator, BigInteger denominator) {
        throw new UnsupportedOperationException("exercise blobs.fake-exponential: not written yet — see the hints above");
    }
}
