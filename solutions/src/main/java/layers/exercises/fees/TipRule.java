package layers.exercises.fees;

import layers.l1.fees.Wei;

/**
 * What an EIP-1559 transaction pays its block's producer, and whether it can be included at all
 * (EIPS/eip-1559.md, {@code validate_block}).
 */
public interface TipRule {

    /** Whether a transaction with this max fee per gas can go in a block with this base fee: max fee ≥ base fee. */
    boolean includable(Wei maxFeePerGas, Wei baseFeePerGas);

    /**
     * The priority fee per gas the producer receives: {@code min(maxPriorityFeePerGas, maxFeePerGas - baseFeePerGas)}.
     *
     * @throws IllegalArgumentException if the transaction is not {@link #includable}
     */
    Wei priorityFee(Wei maxPriorityFeePerGas, Wei maxFeePerGas, Wei baseFeePerGas);
}
