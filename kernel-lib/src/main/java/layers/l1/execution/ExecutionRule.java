package layers.l1.execution;

import layers.core.Rule;

/**
 * Why a transaction cannot be in a block at all (as opposed to a {@link Receipt.Status#REVERTED} transaction, which
 * is in the block and pays). The EIP-1559 fee checks are {@link layers.l1.fees.FeeRule}s.
 */
public enum ExecutionRule implements Rule {
    /** Ethereum: a transaction's nonce must equal the sender's transaction count (Yellow Paper, section 6.2). */
    NONCE_MISMATCH("the transaction's nonce is not the sender's next nonce"),
    /** Yellow Paper, section 6.2: the gas limit must cover the intrinsic gas, 21,000 here. */
    INTRINSIC_GAS_TOO_LOW("the gas limit is below the 21,000 gas every transaction costs"),
    /** Yellow Paper, section 6.2 (and EIP-1559's {@code gas_used <= gas_limit}): the block must have room for the gas limit. */
    BLOCK_GAS_LIMIT_REACHED("the transaction's gas limit does not fit in what is left of the block's gas limit");

    private final String description;

    ExecutionRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
