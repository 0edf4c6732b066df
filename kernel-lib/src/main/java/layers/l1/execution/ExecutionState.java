package layers.l1.execution;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.execution.StateKey.Field;
import layers.l1.fees.Eip1559;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.merkle.MerkleTree;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The execution layer's state and its state transition: accounts with ether and nonces, fungible tokens and
 * constant-product pools, all as entries of one sorted map ({@link StateKey} to an unsigned number). A block is
 * applied all or nothing: if any transaction is invalid ({@link ExecutionRule}, {@link layers.l1.fees.FeeRule}) the
 * block is rejected and the state is unchanged; otherwise every transaction runs and pays, even one that reverts.
 * After each block the state root is the {@link MerkleTree} root over the sorted entries, so the same blocks from the
 * same state always give the same root. Not thread-safe.
 *
 * <pre>{@code
 * var state = ExecutionState.genesis(Map.of(alice, Wei.ether(10)));
 * BlockOutcome out = state.apply(ExecutionBlock.of(1, Tx.of(alice, 0, new Action.Transfer(bob, Wei.ether(1)))));
 * out.receipts().get(0)   // SUCCESS, 21000 gas
 * state.stateRoot()       // what a block header would commit to
 * }</pre>
 *
 * <p>Per transaction, as EIP-1559's reference code: check nonce, intrinsic gas, block room and the fee rules;
 * take {@code gas_limit × effective_gas_price} up front and increase the nonce; run the action; refund the unused gas;
 * pay {@code gas_used × priority_fee_per_gas} to the block's fee recipient; the base fee's part is burnt.
 */
public final class ExecutionState {

    private final TreeMap<StateKey, BigInteger> entries;

    private ExecutionState(TreeMap<StateKey, BigInteger> entries) {
        this.entries = entries;
    }

    /** A state with no accounts. */
    public static ExecutionState empty() {
        return new ExecutionState(new TreeMap<>());
    }

    /** A state in which each account starts with the given ether. */
    public static ExecutionState genesis(Map<EthereumAddress, Wei> balances) {
        ExecutionState s = empty();
        balances.forEach(s::credit);
        return s;
    }

    /**
     * A state holding exactly these entries (zero values are left out, as absent): what a verifier rebuilds from
     * entries it has checked against a state root, to re-execute one transaction without the rest of the state.
     */
    public static ExecutionState of(Map<StateKey, BigInteger> entries) {
        ExecutionState s = empty();
        entries.forEach((k, v) -> {
            if (v.signum() < 0) {
                throw new IllegalArgumentException("state values are unsigned, " + k + " is " + v);
            }
            s.set(k, v);
        });
        return s;
    }

    /**
     * Adds ether to {@code account} outside any block: for genesis allocations, or a bridge crediting a deposit made
     * on another chain.
     */
    public void credit(EthereumAddress account, Wei amount) {
        StateKey key = StateKey.of(account, Field.BALANCE);
        set(key, get(key).add(amount.value()));
    }

    /**
     * Writes {@code key} outside any transaction (zero removes it): for a chain built on this layer whose system
     * contract records what a transaction did, as a rollup's message passer records a withdrawal.
     */
    public void store(StateKey key, BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("state values are unsigned, " + key + " is " + value);
        }
        set(key, value);
    }

    /** An independent copy: apply blocks to it without touching this one. */
    public ExecutionState copy() {
        return new ExecutionState(new TreeMap<>(entries));
    }

    // --- reading ---

    public Wei balance(EthereumAddress account) {
        return Wei.of(get(StateKey.of(account, Field.BALANCE)));
    }

    public long nonce(EthereumAddress account) {
        return get(StateKey.of(account, Field.NONCE)).longValueExact();
    }

    public TokenAmount tokenBalance(EthereumAddress token, EthereumAddress holder) {
        return TokenAmount.of(get(StateKey.tokenBalance(token, holder)));
    }

    public TokenAmount tokenSupply(EthereumAddress token) {
        return TokenAmount.of(get(StateKey.of(token, Field.TOKEN_SUPPLY)));
    }

    /** A pool's reserves of its first and second token. */
    public List<TokenAmount> reserves(EthereumAddress pool) {
        return List.of(TokenAmount.of(get(StateKey.of(pool, Field.POOL_RESERVE0))),
                TokenAmount.of(get(StateKey.of(pool, Field.POOL_RESERVE1))));
    }

    /** The value at {@code key}: zero if absent. */
    public BigInteger get(StateKey key) {
        return entries.getOrDefault(key, BigInteger.ZERO);
    }

    /** Every non-zero entry, in key order (a read-only view): what another commitment scheme hashes. */
    public java.util.SortedMap<StateKey, BigInteger> entryMap() {
        return java.util.Collections.unmodifiableSortedMap(entries);
    }

    /** How many non-zero entries the state has. */
    public int size() {
        return entries.size();
    }

    /** The root of the {@link MerkleTree} over the entries in key order ({@link EntryProof#leaf}); SHA-256() when empty. */
    public Hash stateRoot() {
        List<byte[]> leaves = new ArrayList<>(entries.size());
        entries.forEach((k, v) -> leaves.add(EntryProof.leaf(k, v)));
        return MerkleTree.root(leaves);
    }

    /**
     * A proof that the current state holds {@code key}'s value, against {@link #stateRoot()}.
     *
     * @throws IllegalArgumentException if the state has no entry at {@code key} (absence cannot be proven)
     */
    public EntryProof prove(StateKey key) {
        BigInteger value = entries.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the state has no entry at " + key + "; only entries can be proven");
        }
        List<byte[]> leaves = new ArrayList<>(entries.size());
        entries.forEach((k, v) -> leaves.add(EntryProof.leaf(k, v)));
        int index = entries.headMap(key).size();
        return new EntryProof(key, value, MerkleTree.of(leaves).proof(index));
    }

    /** One row per entry, in the order the state root commits to: {@code account}, {@code field}, {@code other}, {@code value}. */
    public Table entries() {
        StringColumn account = StringColumn.create("account");
        StringColumn field = StringColumn.create("field");
        StringColumn other = StringColumn.create("other");
        StringColumn value = StringColumn.create("value");
        entries.forEach((k, v) -> {
            account.append(k.account().toHex());
            field.append(k.field().name());
            other.append(k.other().equals(StateKey.ZERO_ADDRESS) ? "" : k.other().toHex());
            value.append(v.toString());
        });
        return Table.create("execution state", account, field, other, value);
    }

    // --- the state transition ---

    /**
     * Applies {@code block}: all of it, or (if a transaction is invalid) none of it, with a verdict naming the
     * transaction and the rule.
     */
    public BlockOutcome apply(ExecutionBlock block) {
        Objects.requireNonNull(block, "block");
        Overlay blockState = Overlay.over(entries);
        List<Receipt> receipts = new ArrayList<>();
        Gas cumulative = Gas.ZERO;
        Wei burnt = Wei.ZERO;
        Wei tips = Wei.ZERO;
        Wei baseFee = block.baseFeePerGas();
        for (int i = 0; i < block.transactions().size(); i++) {
            Tx tx = block.transactions().get(i);
            Verdict v = validate(tx, blockState, block.gasLimit().minus(cumulative), baseFee);
            if (!v.isValid()) {
                return new BlockOutcome(Verdict.rejected(v.rule().orElseThrow(), "block " + block.number()
                        + ", transaction " + i + ": " + v.detail().orElseThrow()), List.of(), Gas.ZERO, Wei.ZERO,
                        Wei.ZERO, stateRoot());
            }
            Wei priorityFee = Eip1559.priorityFeePerGas(tx.maxPriorityFeePerGas(), tx.maxFeePerGas(), baseFee);
            Wei price = priorityFee.plus(baseFee);
            StateKey sender = StateKey.of(tx.from(), Field.BALANCE);
            StateKey nonce = StateKey.of(tx.from(), Field.NONCE);
            blockState.put(sender, blockState.get(sender).subtract(price.times(tx.gasLimit()).value()));
            blockState.put(nonce, blockState.get(nonce).add(BigInteger.ONE));

            Receipt receipt = Vm.run(tx, blockState);

            Gas used = receipt.gasUsed();
            blockState.put(sender, blockState.get(sender).add(price.times(tx.gasLimit().minus(used)).value()));
            StateKey recipient = StateKey.of(block.feeRecipient(), Field.BALANCE);
            blockState.put(recipient, blockState.get(recipient).add(priorityFee.times(used).value()));
            cumulative = cumulative.plus(used);
            burnt = burnt.plus(Eip1559.burnt(baseFee, used));
            tips = tips.plus(priorityFee.times(used));
            receipts.add(receipt);
        }
        blockState.commit();
        return new BlockOutcome(Verdict.valid(), receipts, cumulative, burnt, tips, stateRoot());
    }

    /** Applies the blocks in order, stopping at the first invalid one; the outcomes so far. */
    public List<BlockOutcome> applyAll(List<ExecutionBlock> blocks) {
        List<BlockOutcome> out = new ArrayList<>();
        for (ExecutionBlock b : blocks) {
            BlockOutcome o = apply(b);
            out.add(o);
            if (!o.isValid()) {
                break;
            }
        }
        return out;
    }

    /** Whether {@code tx} may enter a block with {@code gasLeft} gas left and {@code baseFee}, in the current state. */
    public Verdict validate(Tx tx, Gas gasLeft, Wei baseFee) {
        return validate(tx, Overlay.over(entries), gasLeft, baseFee);
    }

    private static Verdict validate(Tx tx, Overlay state, Gas gasLeft, Wei baseFee) {
        long expected = state.get(StateKey.of(tx.from(), Field.NONCE)).longValueExact();
        if (tx.nonce() != expected) {
            return Verdict.rejected(ExecutionRule.NONCE_MISMATCH, "nonce " + tx.nonce() + ", the sender's next is "
                    + expected);
        }
        if (tx.gasLimit().isLessThan(GasSchedule.TRANSACTION)) {
            return Verdict.rejected(ExecutionRule.INTRINSIC_GAS_TOO_LOW, "gas limit " + tx.gasLimit());
        }
        if (tx.gasLimit().isGreaterThan(gasLeft)) {
            return Verdict.rejected(ExecutionRule.BLOCK_GAS_LIMIT_REACHED, "gas limit " + tx.gasLimit() + ", "
                    + gasLeft + " left in the block");
        }
        Wei balance = Wei.of(state.get(StateKey.of(tx.from(), Field.BALANCE)));
        return Eip1559.validateTransaction(balance, tx.value(), tx.gasLimit(), tx.maxFeePerGas(),
                tx.maxPriorityFeePerGas(), baseFee);
    }

    private void set(StateKey key, BigInteger value) {
        if (value.signum() == 0) {
            entries.remove(key);
        } else {
            entries.put(key, value);
        }
    }

    @Override
    public String toString() {
        return "ExecutionState(" + entries.size() + " entries, root " + stateRoot().toHex() + ")";
    }
}
