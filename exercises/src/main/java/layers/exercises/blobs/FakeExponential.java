package layers.exercises.blobs;

import java.math.BigInteger;

/** EIP-4844's {@code fake_exponential}. */
public interface FakeExponential {

    /**
     * Approximates {@code factor * e ** (numerator / denominator)} exactly as EIP-4844's reference code does: the
     * Taylor series in integers, each term computed from the last with a rounded-down division, summed while the
     * term is positive, and the sum divided by {@code denominator} (rounded down).
     */
    BigInteger fakeExponential(BigInteger factor, BigInteger numerator, BigInteger denominator);
}
