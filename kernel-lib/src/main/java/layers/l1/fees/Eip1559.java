package layers.l1.fees;

import layers.core.Verdict;

import java.math.BigInteger;

/**
 * EIP-1559's fee market, one method per rule of its reference implementation ({@code World.validate_block} in
 * EIPS/eip-1559.md, ethereum/EIPs, status Final, live on mainnet since London, block 12,965,000, 5 August 2021).
 * All arithmetic is the EIP's: integers, {@code //} rounding down, done in {@link Wei} ({@code BigInteger}) so that
 * {@code parent_base_fee_per_gas * gas_used_delta} cannot overflow.
 *
 * <pre>{@code
 * Wei next = Eip1559.expectedBaseFeePerGas(Wei.gwei(100), Gas.millions(30), Gas.millions(15)); // full block: +12.5%
 * }</pre>
 */
public final class Eip1559 {

    /** Source: EIP-1559, {@code INITIAL_BASE_FEE = 1000000000} (1 Gwei), the fork block's base fee. */
    public static final Wei INITIAL_BASE_FEE = Wei.of(1_000_000_000L);
    /** Source: EIP-1559, {@code BASE_FEE_MAX_CHANGE_DENOMINATOR = 8}: at most 12.5% change per block. */
    public static final long BASE_FEE_MAX_CHANGE_DENOMINATOR = 8;
    /** Source: EIP-1559, {@code ELASTICITY_MULTIPLIER = 2}: a block may use twice the target. */
    public static final long ELASTICITY_MULTIPLIER = 2;
    /** Source: EIP-1559, {@code parent_gas_limit // 1024}: how far the gas limit may move per block. */
    public static final long GAS_LIMIT_BOUND_DIVISOR = 1024;
    /** Source: EIP-1559, {@code assert block.gas_limit >= 5000}. */
    public static final Gas MINIMUM_GAS_LIMIT = Gas.of(5_000);
    /** London's fork block on mainnet (the EIP's {@code INITIAL_FORK_BLOCK_NUMBER}, "TBD" in the EIP). */
    public static final long LONDON_FORK_BLOCK = 12_965_000;

    private Eip1559() {
    }

    /** {@code parent_gas_target = parent.gas_limit // ELASTICITY_MULTIPLIER}. */
    public static Gas parentGasTarget(Gas parentGasLimit) {
        return parentGasLimit.dividedBy(ELASTICITY_MULTIPLIER);
    }

    /**
     * The base fee of the block after a parent that used {@code parentGasUsed} against {@code parentGasTarget}: the
     * EIP's {@code expected_base_fee_per_gas}. Unchanged at the target; above it, up by
     * {@code max(parent_base_fee_per_gas * gas_used_delta // parent_gas_target // BASE_FEE_MAX_CHANGE_DENOMINATOR, 1)};
     * below it, down by the same quotient without the {@code max}.
     *
     * @throws IllegalArgumentException if the target is zero (the EIP divides by it)
     */
    public static Wei expectedBaseFeePerGas(Wei parentBaseFeePerGas, Gas parentGasUsed, Gas parentGasTarget) {
        if (parentGasTarget.isZero()) {
            throw new IllegalArgumentException("the parent gas target must be positive: the rule divides by it");
        }
        int c = parentGasUsed.compareTo(parentGasTarget);
        if (c == 0) {
            return parentBaseFeePerGas;
        }
        if (c > 0) {
            Gas gasUsedDelta = parentGasUsed.minus(parentGasTarget);
            Wei baseFeePerGasDelta = baseFeeDelta(parentBaseFeePerGas, gasUsedDelta, parentGasTarget).max(Wei.ONE);
            return parentBaseFeePerGas.plus(baseFeePerGasDelta);
        }
        Gas gasUsedDelta = parentGasTarget.minus(parentGasUsed);
        Wei baseFeePerGasDelta = baseFeeDelta(parentBaseFeePerGas, gasUsedDelta, parentGasTarget);
        return parentBaseFeePerGas.minus(baseFeePerGasDelta);
    }

    /** {@code parent_base_fee_per_gas * gas_used_delta // parent_gas_target // BASE_FEE_MAX_CHANGE_DENOMINATOR}. */
    static Wei baseFeeDelta(Wei parentBaseFeePerGas, Gas gasUsedDelta, Gas parentGasTarget) {
        BigInteger product = parentBaseFeePerGas.value().multiply(BigInteger.valueOf(gasUsedDelta.value()));
        return Wei.of(product.divide(BigInteger.valueOf(parentGasTarget.value()))
                .divide(BigInteger.valueOf(BASE_FEE_MAX_CHANGE_DENOMINATOR)));
    }

    /** The next block's base fee after {@code parent}, outside the fork block. */
    public static Wei nextBaseFeePerGas(FeeHeader parent) {
        return expectedBaseFeePerGas(parent.baseFeePerGas(), parent.gasUsed(), parentGasTarget(parent.gasLimit()));
    }

    /**
     * The tip the block's author receives per gas: {@code min(max_priority_fee_per_gas, max_fee_per_gas -
     * base_fee_per_gas)}, "capped because the base fee is filled first".
     *
     * @throws IllegalArgumentException if the max fee is below the base fee (such a transaction is invalid:
     *                                  {@link #validateTransaction})
     */
    public static Wei priorityFeePerGas(Wei maxPriorityFeePerGas, Wei maxFeePerGas, Wei baseFeePerGas) {
        if (maxFeePerGas.isLessThan(baseFeePerGas)) {
            throw new IllegalArgumentException("max fee per gas " + maxFeePerGas + " is below the base fee "
                    + baseFeePerGas + ": the transaction cannot be included");
        }
        return maxPriorityFeePerGas.min(maxFeePerGas.minus(baseFeePerGas));
    }

    /** What the signer pays per gas: {@code priority_fee_per_gas + base_fee_per_gas}. */
    public static Wei effectiveGasPrice(Wei maxPriorityFeePerGas, Wei maxFeePerGas, Wei baseFeePerGas) {
        return priorityFeePerGas(maxPriorityFeePerGas, maxFeePerGas, baseFeePerGas).plus(baseFeePerGas);
    }

    /** The ether burnt by a block: {@code base_fee_per_gas × gas_used} ("the base fee is not given to anyone"). */
    public static Wei burnt(Wei baseFeePerGas, Gas gasUsed) {
        return baseFeePerGas.times(gasUsed);
    }

    /**
     * The header checks of {@code validate_block}, in its order: gas used within the limit, the gas limit's change
     * bounded by {@code parent_gas_limit // 1024} (strictly), the minimum gas limit, and the base fee. On
     * {@code forkBlockNumber} the parent's limit counts as a target ({@code parent_gas_limit * ELASTICITY_MULTIPLIER})
     * and the base fee must be {@link #INITIAL_BASE_FEE}.
     */
    public static Verdict validateBlock(FeeHeader parent, FeeHeader block, long forkBlockNumber) {
        Gas parentGasTarget = parentGasTarget(parent.gasLimit());
        Gas parentGasLimit = parent.gasLimit();
        boolean fork = block.number() == forkBlockNumber;
        if (fork) {
            parentGasTarget = parent.gasLimit();
            parentGasLimit = parent.gasLimit().times(ELASTICITY_MULTIPLIER);
        }
        String at = "block " + block.number() + ": ";
        if (block.gasUsed().isGreaterThan(block.gasLimit())) {
            return Verdict.rejected(FeeRule.GAS_USED_ABOVE_LIMIT, at + block.gasUsed() + " used, limit " + block.gasLimit());
        }
        Gas bound = parentGasLimit.dividedBy(GAS_LIMIT_BOUND_DIVISOR);
        if (!block.gasLimit().isLessThan(parentGasLimit.plus(bound))) {
            return Verdict.rejected(FeeRule.GAS_LIMIT_INCREASED_TOO_MUCH, at + "limit " + block.gasLimit()
                    + " is not below " + parentGasLimit.plus(bound));
        }
        if (!block.gasLimit().isGreaterThan(parentGasLimit.minus(bound))) {
            return Verdict.rejected(FeeRule.GAS_LIMIT_DECREASED_TOO_MUCH, at + "limit " + block.gasLimit()
                    + " is not above " + parentGasLimit.minus(bound));
        }
        if (block.gasLimit().isLessThan(MINIMUM_GAS_LIMIT)) {
            return Verdict.rejected(FeeRule.GAS_LIMIT_BELOW_MINIMUM, at + "limit " + block.gasLimit());
        }
        Wei expected = fork ? INITIAL_BASE_FEE
                : expectedBaseFeePerGas(parent.baseFeePerGas(), parent.gasUsed(), parentGasTarget);
        if (!expected.equals(block.baseFeePerGas())) {
            return Verdict.rejected(FeeRule.BASE_FEE_INCORRECT, at + "base fee " + block.baseFeePerGas()
                    + ", expected " + expected);
        }
        return Verdict.valid();
    }

    /**
     * The transaction checks of {@code validate_block}, in its order: the signer's balance covers the amount, what
     * is left covers {@code gas_limit * max_fee_per_gas}, the max fee covers the base fee, and the max fee is at
     * least the max priority fee.
     */
    public static Verdict validateTransaction(Wei signerBalance, Wei amount, Gas gasLimit, Wei maxFeePerGas,
                                              Wei maxPriorityFeePerGas, Wei baseFeePerGas) {
        if (amount.isGreaterThan(signerBalance)) {
            return Verdict.rejected(FeeRule.INSUFFICIENT_BALANCE_FOR_VALUE, "balance " + signerBalance
                    + ", amount " + amount);
        }
        Wei left = signerBalance.minus(amount);
        Wei maxCost = maxFeePerGas.times(gasLimit);
        if (maxCost.isGreaterThan(left)) {
            return Verdict.rejected(FeeRule.INSUFFICIENT_BALANCE_FOR_GAS, "balance after the amount " + left
                    + ", gas limit × max fee " + maxCost);
        }
        if (maxFeePerGas.isLessThan(baseFeePerGas)) {
            return Verdict.rejected(FeeRule.MAX_FEE_BELOW_BASE_FEE, "max fee " + maxFeePerGas + ", base fee "
                    + baseFeePerGas);
        }
        if (maxPriorityFeePerGas.isGreaterThan(maxFeePerGas)) {
            return Verdict.rejected(FeeRule.PRIORITY_FEE_ABOVE_MAX_FEE, "max priority fee " + maxPriorityFeePerGas
                    + ", max fee " + maxFeePerGas);
        }
        return Verdict.valid();
    }
}
