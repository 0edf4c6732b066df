package layers.exercises.batching;

import java.math.BigInteger;
import layers.l1.fees.Wei;

/**
 * Exercise {@code batching.per-tx}: one transaction's share of the cost of its batch. Write {@link #l1CostPerTx},
 * then grade it: {@code ./course grade batching.per-tx}.
 *
 * <p>Hints:
 * <ol>
 *   <li>The batch's gas is {@code 21_000 + 16 * bytesPerTx * txCount}; its cost is that times the base fee.</li>
 *   <li>Work in {@code BigInteger}: {@code baseFeePerGas.value().multiply(...)}.</li>
 *   <li>Rounding up: {@code divideAndRemainder} and add one when the remainder is not zero.</li>
 * </ol>
 */
public class MyAmortisedFee implements AmortisedFee {

    @Override
    public Wei l1CostPerTx(int txCount, long bytesPerTx, Wei baseFeePerGas) {
        // BEGIN SOLUTION batching.per-tx
        if (txCount <= 0) {
            throw new IllegalArgumentException("a batch holds at least one transaction, not " + txCount);
        }
        if (bytesPerTx < 0) {
            throw new IllegalArgumentException("a transaction has 0 or more bytes, not " + bytesPerTx);
        }
        BigInteger gas = BigInteger.valueOf(21_000)
                .add(BigInteger.valueOf(16).multiply(BigInteger.valueOf(bytesPerTx)).multiply(BigInteger.valueOf(txCount)));
        BigInteger[] qr = baseFeePerGas.value().multiply(gas).divideAndRemainder(BigInteger.valueOf(txCount));
        return Wei.of(qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE));
        // END SOLUTION
    }
}
