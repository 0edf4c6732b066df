package layers.l1.execution;

import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;

import java.util.Objects;

/**
 * A transaction: who sends it, its nonce, the most gas it may use, its EIP-1559 fee caps, and what it does. Not
 * signed: the course's execution layer trusts {@code from} (signatures are Part I's; a rollup's sequencer or a
 * notebook supplies the sender).
 *
 * <pre>{@code
 * Tx.of(alice, 0, new Action.Transfer(bob, Wei.ether(1)))                      // no fees: a base fee of 0
 * Tx.of(alice, 1, new Action.Transfer(bob, Wei.ether(1))).withFees(Wei.gwei(30), Wei.gwei(2))
 * }</pre>
 */
public record Tx(EthereumAddress from, long nonce, Gas gasLimit, Wei maxFeePerGas, Wei maxPriorityFeePerGas,
                 Action action) {

    /** The gas limit {@link #of} gives: enough for any one action of this model. */
    public static final Gas DEFAULT_GAS_LIMIT = Gas.of(200_000);

    public Tx {
        Objects.requireNonNull(from, "from");
        if (nonce < 0) {
            throw new IllegalArgumentException("a nonce cannot be negative: " + nonce);
        }
        Objects.requireNonNull(gasLimit, "gasLimit");
        Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
        Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas");
        Objects.requireNonNull(action, "action");
    }

    /** {@code action} from {@code from} at {@code nonce}, with {@link #DEFAULT_GAS_LIMIT} and zero fees. */
    public static Tx of(EthereumAddress from, long nonce, Action action) {
        return new Tx(from, nonce, DEFAULT_GAS_LIMIT, Wei.ZERO, Wei.ZERO, action);
    }

    public Tx withGasLimit(Gas limit) {
        return new Tx(from, nonce, limit, maxFeePerGas, maxPriorityFeePerGas, action);
    }

    public Tx withFees(Wei maxFee, Wei maxPriorityFee) {
        return new Tx(from, nonce, gasLimit, maxFee, maxPriorityFee, action);
    }

    /** The ether the transaction sends along (only a {@link Action.Transfer} sends any). */
    public Wei value() {
        return action instanceof Action.Transfer t ? t.value() : Wei.ZERO;
    }
}
