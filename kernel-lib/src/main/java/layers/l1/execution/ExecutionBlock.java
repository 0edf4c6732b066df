package layers.l1.execution;

import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;

import java.util.List;
import java.util.Objects;

/**
 * A block for the execution layer: its number, who receives the tips, its gas limit, its base fee per gas (burnt),
 * and its transactions in order.
 */
public record ExecutionBlock(long number, EthereumAddress feeRecipient, Gas gasLimit, Wei baseFeePerGas,
                             List<Tx> transactions) {

    /** The gas limit {@link #of} gives: London's 30M (see layers.l1.throughput.GasLimitHistory). */
    public static final Gas DEFAULT_GAS_LIMIT = Gas.millions(30);

    public ExecutionBlock {
        if (number < 0) {
            throw new IllegalArgumentException("a block number cannot be negative: " + number);
        }
        Objects.requireNonNull(feeRecipient, "feeRecipient");
        Objects.requireNonNull(gasLimit, "gasLimit");
        Objects.requireNonNull(baseFeePerGas, "baseFeePerGas");
        transactions = List.copyOf(transactions);
    }

    /** Block {@code number} of {@code transactions}: tips to the zero address, a 30M gas limit, a base fee of 0. */
    public static ExecutionBlock of(long number, List<Tx> transactions) {
        return new ExecutionBlock(number, StateKey.ZERO_ADDRESS, DEFAULT_GAS_LIMIT, Wei.ZERO, transactions);
    }

    public static ExecutionBlock of(long number, Tx... transactions) {
        return of(number, List.of(transactions));
    }
}
