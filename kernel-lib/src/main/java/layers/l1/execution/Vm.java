package layers.l1.execution;

import layers.l1.execution.StateKey.Field;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one transaction's action with gas metering, in an overlay of its own: one method per operation, named as
 * the contract it models names it (ERC-20's {@code transfer} and {@code balanceOf}, Uniswap v2's {@code swap}).
 * Storage costs follow {@link GasSchedule}: a slot's first access in the transaction is cold, later ones warm; its
 * first write costs {@link GasSchedule#SSTORE_SET} from zero and {@link GasSchedule#SSTORE_RESET} otherwise. The
 * contract the transaction calls is warm from the start (EIP-2929), any other contract it reaches costs
 * {@link GasSchedule#COLD_ACCOUNT_ACCESS} once.
 */
final class Vm {

    /** The gas ran out: every change is undone and the whole gas limit is paid. */
    static final class OutOfGas extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfGas(String message) {
            super(message, null, false, false);
        }
    }

    /** A check failed: every change is undone and the gas used so far is paid. */
    static final class Revert extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Revert(String reason) {
            super(reason, null, false, false);
        }
    }

    private final Overlay state;
    private final Tx tx;
    private final long gasLimit;
    private long gasUsed;
    private final Set<StateKey> accessed = new HashSet<>();
    private final Map<StateKey, Boolean> writtenOnce = new HashMap<>();
    private final Set<EthereumAddress> warmAccounts = new HashSet<>();
    private final List<Log> logs = new ArrayList<>();

    private Vm(Overlay state, Tx tx) {
        this.state = state;
        this.tx = tx;
        this.gasLimit = tx.gasLimit().value();
    }

    /** Runs {@code tx}'s action over {@code blockState}; its changes reach the block only if it succeeds. */
    static Receipt run(Tx tx, Overlay blockState) {
        Overlay own = blockState.child();
        Vm vm = new Vm(own, tx);
        try {
            vm.charge(GasSchedule.TRANSACTION, "the transaction");
            vm.warmAccounts.add(tx.from());
            vm.execute(tx.action());
            own.commit();
            return new Receipt(Receipt.Status.SUCCESS, Gas.of(vm.gasUsed), vm.logs, "");
        } catch (OutOfGas e) {
            return new Receipt(Receipt.Status.OUT_OF_GAS, tx.gasLimit(), List.of(), e.getMessage());
        } catch (Revert e) {
            return new Receipt(Receipt.Status.REVERTED, Gas.of(vm.gasUsed), List.of(), e.getMessage());
        }
    }

    private void execute(Action action) {
        EthereumAddress sender = tx.from();
        if (action instanceof Action.Transfer t) {
            transferValue(sender, t.to(), t.value());
        } else if (action instanceof Action.DeployToken d) {
            deployToken(d.symbol());
        } else if (action instanceof Action.Mint m) {
            warmAccounts.add(m.token());
            mint(m.token(), m.to(), m.amount());
        } else if (action instanceof Action.TokenTransfer t) {
            warmAccounts.add(t.token());
            transfer(t.token(), sender, t.to(), t.amount());
        } else if (action instanceof Action.BalanceOf b) {
            warmAccounts.add(b.token());
            balanceOf(b.token(), b.holder());
        } else if (action instanceof Action.CreatePool p) {
            createPool(p.token0(), p.token1());
        } else if (action instanceof Action.AddLiquidity l) {
            warmAccounts.add(l.pool());
            addLiquidity(l.pool(), l.amount0(), l.amount1());
        } else if (action instanceof Action.Swap s) {
            warmAccounts.add(s.pool());
            swap(s.pool(), s.tokenIn(), s.amountIn(), s.amountOutMin());
        } else {
            throw new IllegalArgumentException("unknown action " + action);
        }
    }

    // --- ether ---

    /** A plain transfer: part of the 21,000 gas, no further charge. */
    private void transferValue(EthereumAddress from, EthereumAddress to, Wei value) {
        StateKey fromKey = StateKey.of(from, Field.BALANCE);
        BigInteger balance = state.get(fromKey);
        if (balance.compareTo(value.value()) < 0) {
            throw new Revert("insufficient balance for transfer");
        }
        state.put(fromKey, balance.subtract(value.value()));
        StateKey toKey = StateKey.of(to, Field.BALANCE);
        state.put(toKey, state.get(toKey).add(value.value()));
    }

    // --- the token contract ---

    /** Creates a token at {@link ContractAddresses#create}(sender, nonce), owned by the sender. */
    private void deployToken(String symbol) {
        EthereumAddress token = ContractAddresses.create(tx.from(), tx.nonce());
        charge(GasSchedule.CREATE, "creating " + symbol);
        StateKey code = StateKey.of(token, Field.CODE);
        if (state.get(code).signum() != 0) {
            throw new Revert("contract address collision at " + token.toHex());
        }
        state.put(code, BigInteger.valueOf(StateKey.TOKEN_CONTRACT));
        warmAccounts.add(token);
        store(StateKey.of(token, Field.TOKEN_OWNER), Log.arg(tx.from()));
        emit(token, "Deployed", 2, 0, Log.arg(token), Log.arg(tx.from()));
    }

    /** New units for {@code to}; only the owner may mint (OpenZeppelin Ownable: "caller is not the owner"). */
    private void mint(EthereumAddress token, EthereumAddress to, TokenAmount amount) {
        requireCode(token, StateKey.TOKEN_CONTRACT, "not a token");
        if (!load(StateKey.of(token, Field.TOKEN_OWNER)).equals(Log.arg(tx.from()))) {
            throw new Revert("Ownable: caller is not the owner");
        }
        StateKey supply = StateKey.of(token, Field.TOKEN_SUPPLY);
        store(supply, checkedUint256(load(supply).add(amount.value())));
        StateKey balance = StateKey.tokenBalance(token, to);
        store(balance, checkedUint256(load(balance).add(amount.value())));
        emit(token, "Transfer", 3, 1, BigInteger.ZERO, Log.arg(to), amount.value());
    }

    /** ERC-20 {@code transfer}: moves {@code amount} from {@code from}'s balance to {@code to}'s, logs {@code Transfer}. */
    private void transfer(EthereumAddress token, EthereumAddress from, EthereumAddress to, TokenAmount amount) {
        touchAccount(token);
        requireCode(token, StateKey.TOKEN_CONTRACT, "not a token");
        StateKey fromKey = StateKey.tokenBalance(token, from);
        BigInteger fromBalance = load(fromKey);
        if (fromBalance.compareTo(amount.value()) < 0) {
            throw new Revert("ERC20: transfer amount exceeds balance");
        }
        StateKey toKey = StateKey.tokenBalance(token, to);
        BigInteger toBalance = load(toKey);
        store(fromKey, fromBalance.subtract(amount.value()));
        BigInteger after = from.equals(to) ? load(toKey) : toBalance;
        store(toKey, checkedUint256(after.add(amount.value())));
        emit(token, "Transfer", 3, 1, Log.arg(from), Log.arg(to), amount.value());
    }

    /** ERC-20 {@code balanceOf}, as a transaction whose answer is logged. */
    private void balanceOf(EthereumAddress token, EthereumAddress holder) {
        requireCode(token, StateKey.TOKEN_CONTRACT, "not a token");
        BigInteger balance = load(StateKey.tokenBalance(token, holder));
        emit(token, "BalanceOf", 2, 1, Log.arg(holder), balance);
    }

    // --- the pool contract ---

    /** Creates an empty pool of two different tokens (Uniswap v2 factory: {@code IDENTICAL_ADDRESSES}). */
    private void createPool(EthereumAddress token0, EthereumAddress token1) {
        if (token0.equals(token1)) {
            throw new Revert("UniswapV2: IDENTICAL_ADDRESSES");
        }
        touchAccount(token0);
        requireCode(token0, StateKey.TOKEN_CONTRACT, "token0 is not a token");
        touchAccount(token1);
        requireCode(token1, StateKey.TOKEN_CONTRACT, "token1 is not a token");
        EthereumAddress pool = ContractAddresses.create(tx.from(), tx.nonce());
        charge(GasSchedule.CREATE, "creating a pool");
        StateKey code = StateKey.of(pool, Field.CODE);
        if (state.get(code).signum() != 0) {
            throw new Revert("contract address collision at " + pool.toHex());
        }
        state.put(code, BigInteger.valueOf(StateKey.POOL_CONTRACT));
        warmAccounts.add(pool);
        store(StateKey.of(pool, Field.POOL_TOKEN0), Log.arg(token0));
        store(StateKey.of(pool, Field.POOL_TOKEN1), Log.arg(token1));
        emit(pool, "PairCreated", 3, 1, Log.arg(token0), Log.arg(token1), Log.arg(pool));
    }

    /** Moves both amounts from the sender into the pool and adds them to its reserves; logs {@code Sync}. */
    private void addLiquidity(EthereumAddress pool, TokenAmount amount0, TokenAmount amount1) {
        requireCode(pool, StateKey.POOL_CONTRACT, "not a pool");
        EthereumAddress token0 = addressAt(StateKey.of(pool, Field.POOL_TOKEN0));
        EthereumAddress token1 = addressAt(StateKey.of(pool, Field.POOL_TOKEN1));
        transfer(token0, tx.from(), pool, amount0);
        transfer(token1, tx.from(), pool, amount1);
        StateKey r0 = StateKey.of(pool, Field.POOL_RESERVE0);
        StateKey r1 = StateKey.of(pool, Field.POOL_RESERVE1);
        BigInteger reserve0 = checkedUint256(load(r0).add(amount0.value()));
        BigInteger reserve1 = checkedUint256(load(r1).add(amount1.value()));
        store(r0, reserve0);
        store(r1, reserve1);
        emit(pool, "Sync", 1, 2, reserve0, reserve1);
    }

    /**
     * Sells {@code amountIn} of {@code tokenIn} for {@link ConstantProduct#getAmountOut} of the pool's other token,
     * reverting below {@code amountOutMin}; checks the pair's K invariant; logs {@code Sync} and {@code Swap}.
     * Source: Uniswap v2-core {@code UniswapV2Pair.swap}, with the router's slippage check.
     */
    private void swap(EthereumAddress pool, EthereumAddress tokenIn, TokenAmount amountIn, TokenAmount amountOutMin) {
        requireCode(pool, StateKey.POOL_CONTRACT, "not a pool");
        EthereumAddress token0 = addressAt(StateKey.of(pool, Field.POOL_TOKEN0));
        EthereumAddress token1 = addressAt(StateKey.of(pool, Field.POOL_TOKEN1));
        boolean zeroForOne;
        if (tokenIn.equals(token0)) {
            zeroForOne = true;
        } else if (tokenIn.equals(token1)) {
            zeroForOne = false;
        } else {
            throw new Revert("UniswapV2Library: INVALID_PATH");
        }
        StateKey inKey = StateKey.of(pool, zeroForOne ? Field.POOL_RESERVE0 : Field.POOL_RESERVE1);
        StateKey outKey = StateKey.of(pool, zeroForOne ? Field.POOL_RESERVE1 : Field.POOL_RESERVE0);
        TokenAmount reserveIn = TokenAmount.of(load(inKey));
        TokenAmount reserveOut = TokenAmount.of(load(outKey));
        TokenAmount amountOut;
        try {
            amountOut = ConstantProduct.getAmountOut(amountIn, reserveIn, reserveOut);
        } catch (IllegalArgumentException e) {
            throw new Revert(e.getMessage());
        }
        if (amountOut.isLessThan(amountOutMin)) {
            throw new Revert("UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT");
        }
        if (!ConstantProduct.kInvariantHolds(reserveIn, reserveOut, amountIn, amountOut)) {
            throw new Revert("UniswapV2: K");
        }
        EthereumAddress tokenOut = zeroForOne ? token1 : token0;
        transfer(tokenIn, tx.from(), pool, amountIn);
        transfer(tokenOut, pool, tx.from(), amountOut);
        BigInteger newIn = reserveIn.value().add(amountIn.value());
        BigInteger newOut = reserveOut.value().subtract(amountOut.value());
        store(inKey, newIn);
        store(outKey, newOut);
        emit(pool, "Sync", 1, 2, zeroForOne ? newIn : newOut, zeroForOne ? newOut : newIn);
        emit(pool, "Swap", 2, 2, Log.arg(tx.from()), amountIn.value(), amountOut.value());
    }

    // --- metering ---

    private void charge(Gas cost, String what) {
        long next = gasUsed + cost.value();
        if (next > gasLimit) {
            gasUsed = gasLimit;
            throw new OutOfGas("out of gas: " + what + " needs " + cost.value() + ", " + (gasLimit - (next - cost.value()))
                    + " left of " + gasLimit);
        }
        gasUsed = next;
    }

    private void touchAccount(EthereumAddress account) {
        if (warmAccounts.add(account)) {
            charge(GasSchedule.COLD_ACCOUNT_ACCESS, "calling " + account.toHex());
        }
    }

    /** A storage read: cold the first time in this transaction, warm after. */
    private BigInteger load(StateKey key) {
        charge(accessed.add(key) ? GasSchedule.COLD_SLOAD : GasSchedule.WARM_ACCESS, "reading " + key);
        return state.get(key);
    }

    /** A storage write: the first costs SET (from zero) or RESET, plus the cold surcharge if not read before; later ones are warm. */
    private void store(StateKey key, BigInteger value) {
        boolean cold = accessed.add(key);
        Gas cost;
        if (writtenOnce.containsKey(key)) {
            cost = GasSchedule.WARM_ACCESS;
        } else {
            boolean fromZero = state.get(key).signum() == 0 && value.signum() != 0;
            cost = fromZero ? GasSchedule.SSTORE_SET : GasSchedule.SSTORE_RESET;
            if (cold) {
                cost = cost.plus(GasSchedule.COLD_SLOAD);
            }
            writtenOnce.put(key, Boolean.TRUE);
        }
        charge(cost, "writing " + key);
        state.put(key, value);
    }

    private void emit(EthereumAddress emitter, String event, int topics, int dataWords, BigInteger... args) {
        charge(GasSchedule.log(topics, dataWords), "logging " + event);
        logs.add(new Log(emitter, event, List.of(args)));
    }

    private void requireCode(EthereumAddress account, long kind, String reason) {
        if (!load(StateKey.of(account, Field.CODE)).equals(BigInteger.valueOf(kind))) {
            throw new Revert(reason + ": " + account.toHex());
        }
    }

    private EthereumAddress addressAt(StateKey key) {
        return new Log(StateKey.ZERO_ADDRESS, "", List.of(load(key))).addressAt(0);
    }

    private static BigInteger checkedUint256(BigInteger v) {
        if (v.compareTo(TokenAmount.MAX) > 0) {
            throw new Revert("arithmetic overflow");
        }
        return v;
    }
}
