package layers.l1.fees;

import layers.core.Rule;

/**
 * The EIP-1559 rules a block header or a transaction can break, in the order the EIP's reference implementation
 * ({@code validate_block}) asserts them; each description follows the EIP's assertion message.
 */
public enum FeeRule implements Rule {
    /** {@code assert block.gas_used <= block.gas_limit}. */
    GAS_USED_ABOVE_LIMIT("invalid block: too much gas used"),
    /** {@code assert block.gas_limit < parent_gas_limit + parent_gas_limit // 1024}. */
    GAS_LIMIT_INCREASED_TOO_MUCH("invalid block: gas limit increased too much"),
    /** {@code assert block.gas_limit > parent_gas_limit - parent_gas_limit // 1024}. */
    GAS_LIMIT_DECREASED_TOO_MUCH("invalid block: gas limit decreased too much"),
    /** {@code assert block.gas_limit >= 5000}. */
    GAS_LIMIT_BELOW_MINIMUM("invalid block: gas limit below the minimum of 5000"),
    /** {@code assert expected_base_fee_per_gas == block.base_fee_per_gas}. */
    BASE_FEE_INCORRECT("invalid block: base fee not correct"),
    /** {@code assert signer.balance >= 0} after the amount is taken. */
    INSUFFICIENT_BALANCE_FOR_VALUE("invalid transaction: signer does not have enough ETH to cover attached value"),
    /** {@code assert signer.balance >= transaction.gas_limit * transaction.max_fee_per_gas}. */
    INSUFFICIENT_BALANCE_FOR_GAS("invalid transaction: signer cannot afford gas limit times max fee per gas"),
    /** {@code assert transaction.max_fee_per_gas >= block.base_fee_per_gas}. */
    MAX_FEE_BELOW_BASE_FEE("invalid transaction: max fee per gas is below the block's base fee"),
    /** {@code assert transaction.max_fee_per_gas >= transaction.max_priority_fee_per_gas}. */
    PRIORITY_FEE_ABOVE_MAX_FEE("invalid transaction: max priority fee per gas is above max fee per gas");

    private final String description;

    FeeRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
