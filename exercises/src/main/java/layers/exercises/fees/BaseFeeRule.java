package layers.exercises.fees;

import layers.l1.fees.Gas;
import layers.l1.fees.Wei;

/**
 * EIP-1559's base fee update (EIPS/eip-1559.md, {@code expected_base_fee_per_gas} in {@code validate_block}).
 */
public interface BaseFeeRule {

    /**
     * The base fee per gas of the block after a parent with base fee {@code parentBaseFee} that used
     * {@code parentGasUsed} against a target of {@code parentGasTarget}, with the EIP's integer arithmetic: unchanged
     * at the target; above it, up by {@code max(parentBaseFee * (used - target) // target // 8, 1)}; below it, down
     * by {@code parentBaseFee * (target - used) // target // 8}.
     *
     * @throws IllegalArgumentException if the target is zero
     */
    Wei nextBaseFee(Wei parentBaseFee, Gas parentGasUsed, Gas parentGasTarget);
}
