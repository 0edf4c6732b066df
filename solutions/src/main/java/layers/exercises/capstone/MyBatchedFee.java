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
        // BEGIN SOLUTION capstone.batched-fee
        if (txCount <= 0) {
            throw new IllegalArgumentException("txCount must be positive, got " + txCount);
        }
        if (l2GasUsed < 0) {
            throw new IllegalArgumentException("l2GasUsed must be 0 or more, got " + l2GasUsed);
        }
        long gas = 21_000;
        for (byte b : posted) {
            gas += b == 0 ? 4 : 16;
        }
        BigInteger[] qr = l1BaseFee.times(gas).value().divideAndRemainder(BigInteger.valueOf(txCount));
        Wei share = Wei.of(qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE));
        return l2BaseFee.times(l2GasUsed).plus(share);
        // END SOLUTION
    }
}
