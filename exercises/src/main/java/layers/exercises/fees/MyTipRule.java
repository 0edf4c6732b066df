package layers.exercises.fees;

import layers.l1.fees.Wei;

/**
 * Exercise {@code fees.effective-tip}: the tip an EIP-1559 transaction pays, and whether it is includable. Write
 * {@link #includable} and {@link #priorityFee}, then grade them: {@code ./course grade fees.effective-tip}.
 *
 * <p>Hints:
 * <ol>
 *   <li>{@code Wei} compares with {@code isLessThan}, {@code isGreaterThan} and {@code compareTo}.</li>
 *   <li>The base fee is paid first; the tip is what is left of the max fee, capped at the max priority fee:
 *       {@code maxPriorityFeePerGas.min(maxFeePerGas.minus(baseFeePerGas))}.</li>
 *   <li>{@code Wei.minus} throws {@code ArithmeticException} when the result would be negative; check
 *       {@code includable} first and throw {@code IllegalArgumentException} yourself.</li>
 * </ol>
 */
public class MyTipRule implements TipRule {

    @Override
    public boolean includable(Wei maxFeePerGas, Wei baseFeePerGas) {
        throw new UnsupportedOperationException("exercise fees.effective-tip: not written yet — see the hints above");
    }

    @Override
    public Wei priorityFee(Wei maxPriorityFeePerGas, Wei maxFeePerGas, Wei baseFeePerGas) {
        throw new UnsupportedOperationException("exercise fees.effective-tip: not written yet — see the hints above");
    }
}
