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
        throw new UnsupportedOperationException("exercise batching.per-tx: not written yet — see the hints above");
    }
}
