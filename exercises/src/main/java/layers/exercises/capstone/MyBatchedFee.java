package layers.exercises.capstone;

import layers.l1.fees.Wei;

import java.math.BigInteger;

/**
 * Exercise {@code capstone.batched-fee}: write {@link #fee}, then grade it: {@code ./course grade capstone.batched-fee}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Count the zero bytes of {@code posted}; the rest are non-zero.</li>
 *   <li>{@code l1BaseFee.times(gas)} is the batch's L1 cost; work in {@code BigInteger} ({@code .value()}) to divide.</li>
 *   <li>Round up: {@code divideAndRemainder}, and add one wei when the remainder is not zero.</li>
 * </ol>
 */
public class MyBatchedFee implements BatchedFee {

    @Override
    public Wei fee(byte[] posted, int txCount, Wei l1BaseFee, long l2GasUsed, Wei l2BaseFee) {
        throw new UnsupportedOperationException("exercise capstone.batched-fee: not written yet — see the hints above");
    }
}
