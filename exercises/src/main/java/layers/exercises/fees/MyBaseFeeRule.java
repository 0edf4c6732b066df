package layers.exercises.fees;

import java.math.BigInteger;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;

/**
 * Exercise {@code fees.base-fee}: EIP-1559's base fee update, exactly as the EIP computes it. Write
 * {@link #nextBaseFee}, then grade it: {@code ./course grade fees.base-fee}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Compare {@code parentGasUsed} with {@code parentGasTarget} ({@code compareTo}): three cases.</li>
 *   <li>Work in {@code BigInteger}: {@code parentBaseFee.value().multiply(BigInteger.valueOf(delta))}, then
 *       {@code .divide(target)} and {@code .divide(BigInteger.valueOf(8))}, in that order. Dividing twice rounds
 *       like the EIP's {@code // parent_gas_target // 8}.</li>
 *   <li>Only the increase has a floor of 1 wei: {@code delta.max(BigInteger.ONE)}. Build the result with
 *       {@code Wei.of(BigInteger)}.</li>
 * </ol>
 */
public class MyBaseFeeRule implements BaseFeeRule {

    @Override
    public Wei nextBaseFee(Wei parentBaseFee, Gas parentGasUsed, Gas parentGasTarget) {
        throw new UnsupportedOperationException("exercise fees.base-fee: not written yet — see the hints above");
    }
}
