package layers.l1.execution;

import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;

import java.util.Objects;

/** What a transaction does: the kinds of transaction the execution layer knows. */
public sealed interface Action {

    /** Send {@code value} wei of ether to {@code to}: exactly {@link GasSchedule#TRANSACTION} gas. */
    record Transfer(EthereumAddress to, Wei value) implements Action {
        public Transfer {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Create a fungible token owned by the sender, at {@link ContractAddresses#create} of the sender and nonce. */
    record DeployToken(String symbol) implements Action {
        public DeployToken {
            Objects.requireNonNull(symbol, "symbol");
        }
    }

    /** The token's owner creates {@code amount} new units for {@code to} (ERC-20 has no standard mint; OpenZeppelin's {@code _mint}). */
    record Mint(EthereumAddress token, EthereumAddress to, TokenAmount amount) implements Action {
        public Mint {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** ERC-20 {@code transfer(to, amount)} from the sender's balance. */
    record TokenTransfer(EthereumAddress token, EthereumAddress to, TokenAmount amount) implements Action {
        public TokenTransfer {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** ERC-20 {@code balanceOf(holder)} as a transaction: the answer is logged in the receipt. */
    record BalanceOf(EthereumAddress token, EthereumAddress holder) implements Action {
        public BalanceOf {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(holder, "holder");
        }
    }

    /** Create an empty constant-product pool of two different tokens, at {@link ContractAddresses#create}. */
    record CreatePool(EthereumAddress token0, EthereumAddress token1) implements Action {
        public CreatePool {
            Objects.requireNonNull(token0, "token0");
            Objects.requireNonNull(token1, "token1");
        }
    }

    /** Move tokens from the sender into a pool's reserves (no liquidity shares are issued in this model). */
    record AddLiquidity(EthereumAddress pool, TokenAmount amount0, TokenAmount amount1) implements Action {
        public AddLiquidity {
            Objects.requireNonNull(pool, "pool");
            Objects.requireNonNull(amount0, "amount0");
            Objects.requireNonNull(amount1, "amount1");
        }
    }

    /**
     * Sell {@code amountIn} of {@code tokenIn} to the pool for at least {@code amountOutMin} of its other token
     * (Uniswap v2's router: {@code swapExactTokensForTokens}, reverting with {@code INSUFFICIENT_OUTPUT_AMOUNT}).
     */
    record Swap(EthereumAddress pool, EthereumAddress tokenIn, TokenAmount amountIn, TokenAmount amountOutMin)
            implements Action {
        public Swap {
            Objects.requireNonNull(pool, "pool");
            Objects.requireNonNull(tokenIn, "tokenIn");
            Objects.requireNonNull(amountIn, "amountIn");
            Objects.requireNonNull(amountOutMin, "amountOutMin");
        }
    }
}
