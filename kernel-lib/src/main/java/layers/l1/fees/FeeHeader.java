package layers.l1.fees;

import java.util.Objects;

/**
 * The fields of a block header that EIP-1559 reads: its number, gas limit, gas used and base fee per gas (the EIP's
 * {@code Block} dataclass, fee fields only).
 */
public record FeeHeader(long number, Gas gasLimit, Gas gasUsed, Wei baseFeePerGas) {

    public FeeHeader {
        if (number < 0) {
            throw new IllegalArgumentException("a block number cannot be negative: " + number);
        }
        Objects.requireNonNull(gasLimit, "gasLimit");
        Objects.requireNonNull(gasUsed, "gasUsed");
        Objects.requireNonNull(baseFeePerGas, "baseFeePerGas");
    }

    /** The header of the next block, with the base fee this one implies and the same gas limit. */
    public FeeHeader next(Gas nextGasUsed) {
        return new FeeHeader(number + 1, gasLimit, nextGasUsed, Eip1559.nextBaseFeePerGas(this));
    }
}
