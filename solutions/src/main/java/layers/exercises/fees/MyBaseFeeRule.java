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
        // BEGIN SOLUTION fees.base-fee
        if (parentGasTarget.isZero()) {
            throw new IllegalArgumentException("the gas target must be positive: the rule divides by it");
        }
        BigInteger fee = parentBaseFee.value();
        BigInteger target = BigInteger.valueOf(parentGasTarget.value());
        long used = parentGasUsed.value();
        int c = Long.compare(used, parentGasTarget.value());
        if (c == 0) {
            return parentBaseFee;
        }
        BigInteger gasUsedDelta = BigInteger.valueOf(Math.abs(used - parentGasTarget.value()));
        BigInteger delta = fee.multiply(gasUsedDelta).divide(target).divide(BigInteger.valueOf(8));
        if (c > 0) {
            return Wei.of(fee.add(delta.max(BigInteger.ONE)));
        }
        return Wei.of(fee.subtract(delta));
        // END SOLUTION
    }
}
