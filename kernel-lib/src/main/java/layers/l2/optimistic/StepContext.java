package layers.l2.optimistic;

import layers.l1.execution.ExecutionBlock;
import layers.l1.execution.StateKey;
import layers.l1.execution.Tx;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;

import java.util.List;
import java.util.Objects;

/**
 * What every step of a batch shares: who receives the tips (the sequencer), the base fee, and the gas limit of the
 * one-transaction block a step runs as. Part of what the rollup's L1 contract knows about a batch, so the one-step
 * verifier runs a step exactly as the proposer and the watchers did.
 */
public record StepContext(EthereumAddress feeRecipient, Wei baseFeePerGas, Gas gasLimit) {

    /** Tips to the zero address, no base fee, the execution layer's 30M gas limit. */
    public static final StepContext DEFAULT = new StepContext(StateKey.ZERO_ADDRESS, Wei.ZERO,
            ExecutionBlock.DEFAULT_GAS_LIMIT);

    public StepContext {
        Objects.requireNonNull(feeRecipient, "feeRecipient");
        Objects.requireNonNull(baseFeePerGas, "baseFeePerGas");
        Objects.requireNonNull(gasLimit, "gasLimit");
    }

    /** Step {@code step} as a block of the execution layer: one transaction. */
    ExecutionBlock blockFor(long step, Tx tx) {
        return new ExecutionBlock(step, feeRecipient, gasLimit, baseFeePerGas, List.of(tx));
    }
}
