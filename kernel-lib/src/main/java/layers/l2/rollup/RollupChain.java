package layers.l2.rollup;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.execution.Action;
import layers.l1.execution.BlockOutcome;
import layers.l1.execution.ExecutionBlock;
import layers.l1.execution.ExecutionState;
import layers.l1.execution.Receipt;
import layers.l1.execution.Tx;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.merkle.MerkleTree;
import layers.l1.network.SimTime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The L2 chain's state and its state transition, the same code for the sequencer and for anyone rebuilding the
 * chain from L1 ({@link ExitHatch}): the course's execution layer ({@link ExecutionState}) plus deposits and
 * withdrawals. Applying a block credits the deposits it reads, then runs the forced transactions it reads and the
 * sequencer's transactions; a transaction that cannot be in a block (a wrong nonce, too little ether for its gas) is
 * left out with the rule it broke, as a rollup's derivation drops it, instead of invalidating the block. An ether
 * transfer to {@link RollupAddresses#MESSAGE_PASSER} is a withdrawal, recorded in the state by the message passer
 * ({@link MessagePasser}) so the state root commits to it. L2 blocks have a base fee of 0 (the L2 fee
 * model is not this package's) and pay priority fees to {@link RollupAddresses#SEQUENCER_FEE_VAULT}.
 *
 * <pre>{@code
 * var chain = RollupChain.genesis();
 * chain.apply(1, SimTime.ofSeconds(2), List.of(deposit), List.of(Tx.of(alice, 0, new Action.Transfer(bob, Wei.ether(1)))));
 * chain.outputRoot()                            // what a state commitment for block 1 posts
 * }</pre>
 */
public final class RollupChain {

    /** Part III's state root ({@link ExecutionState#stateRoot}): the default scheme. */
    private static final Function<ExecutionState, Hash> DEFAULT_COMMITMENT = ExecutionState::stateRoot;

    private final ExecutionState state;
    /** How a state is committed to: Part III's sorted Merkle root, or another scheme (e.g. a fraud-provable tree). */
    private final Function<ExecutionState, Hash> stateCommitment;
    private final List<L2Withdrawal> withdrawals;
    /**
     * Per block number from 0 (genesis): the state root, the withdrawal count, the timestamp and delayed messages
     * read; block hashes are computed when first asked for (most blocks are never committed to).
     */
    private final List<Hash> stateRoots;
    private final List<Integer> withdrawalCounts;
    private final List<SimTime> timestamps;
    private final List<Long> delayedCounts;
    private final List<Hash> blockHashes;
    private SimTime lastTimestamp;
    private long delayedMessagesRead;
    private Wei deposited;
    private Wei withdrawn;

    private RollupChain(Function<ExecutionState, Hash> stateCommitment, ExecutionState state, List<L2Withdrawal> withdrawals, List<Hash> stateRoots,
                        List<Integer> withdrawalCounts, List<SimTime> timestamps, List<Long> delayedCounts,
                        List<Hash> blockHashes, SimTime lastTimestamp,
                        long delayedMessagesRead, Wei deposited, Wei withdrawn) {
        this.stateCommitment = stateCommitment;
        this.state = state;
        this.withdrawals = withdrawals;
        this.stateRoots = stateRoots;
        this.withdrawalCounts = withdrawalCounts;
        this.timestamps = timestamps;
        this.delayedCounts = delayedCounts;
        this.blockHashes = blockHashes;
        this.lastTimestamp = lastTimestamp;
        this.delayedMessagesRead = delayedMessagesRead;
        this.deposited = deposited;
        this.withdrawn = withdrawn;
    }

    /** Block 0: an empty state at time 0; all L2 ether comes in by deposit. State roots are Part III's. */
    public static RollupChain genesis() {
        return genesis(DEFAULT_COMMITMENT);
    }

    /**
     * Block 0 of a chain whose state roots (in every block hash and output root) are {@code stateCommitment} of the
     * state: an optimistic rollup commits to the tree its fraud proofs check.
     */
    public static RollupChain genesis(Function<ExecutionState, Hash> stateCommitment) {
        Objects.requireNonNull(stateCommitment, "stateCommitment");
        ExecutionState s = ExecutionState.empty();
        Hash root = stateCommitment.apply(s);
        return new RollupChain(stateCommitment, s, new ArrayList<>(), new ArrayList<>(List.of(root)), new ArrayList<>(List.of(0)),
                new ArrayList<>(List.of(SimTime.ZERO)), new ArrayList<>(List.of(0L)), new ArrayList<>(),
                SimTime.ZERO, 0, Wei.ZERO, Wei.ZERO);
    }

    /** An independent copy. */
    public RollupChain copy() {
        return new RollupChain(stateCommitment, state.copy(), new ArrayList<>(withdrawals), new ArrayList<>(stateRoots),
                new ArrayList<>(withdrawalCounts), new ArrayList<>(timestamps), new ArrayList<>(delayedCounts),
                new ArrayList<>(blockHashes), lastTimestamp, delayedMessagesRead,
                deposited, withdrawn);
    }

    /**
     * Applies L2 block {@code number} at {@code timestamp}: the delayed messages it newly reads (in inbox order),
     * then {@code txs}.
     *
     * @throws IllegalArgumentException if {@code number} is not the next block, the timestamp goes back, or the
     *                                  delayed messages are not the next ones (a derivation checks these first)
     */
    public RollupBlockResult apply(long number, SimTime timestamp, List<DelayedMessage> newDelayed, List<Tx> txs) {
        if (number != height() + 1) {
            throw new IllegalArgumentException("block " + number + " cannot follow block " + height());
        }
        if (timestamp.isBefore(lastTimestamp)) {
            throw new IllegalArgumentException("block " + number + "'s timestamp " + timestamp
                    + " is before its parent's " + lastTimestamp);
        }
        List<Tx> forced = new ArrayList<>();
        boolean credited = false;
        long expected = delayedMessagesRead;
        for (DelayedMessage m : newDelayed) {
            if (m.index() != expected) {
                throw new IllegalArgumentException("block " + number + " reads delayed message " + m.index()
                        + ", the next unread is " + expected);
            }
            expected++;
            if (m instanceof DelayedMessage.Deposit d) {
                state.credit(d.to(), d.amount());
                deposited = deposited.plus(d.amount());
                credited = true;
            } else if (m instanceof DelayedMessage.ForcedTx f) {
                forced.add(f.tx());
            }
        }
        delayedMessagesRead = expected;

        List<RollupBlockResult.Included> included = new ArrayList<>();
        List<RollupBlockResult.Skipped> skipped = new ArrayList<>();
        List<Tx> runnable = new ArrayList<>();
        List<Boolean> runnableForced = new ArrayList<>();
        for (int i = 0; i < forced.size() + txs.size(); i++) {
            boolean isForced = i < forced.size();
            Tx tx = isForced ? forced.get(i) : txs.get(i - forced.size());
            if (tx.from().equals(RollupAddresses.MESSAGE_PASSER)) {
                skipped.add(new RollupBlockResult.Skipped(tx, Verdict.rejected(RollupRule.SENDER_IS_MESSAGE_PASSER,
                        "block " + number + ": a transaction from " + tx.from().toHex()), isForced));
            } else {
                runnable.add(tx);
                runnableForced.add(isForced);
            }
        }
        Hash stateRoot = runnable.isEmpty() && !credited ? stateRoot()
                : executeSkippingInvalid(number, runnable, runnableForced, included, skipped);
        boolean recorded = false;
        for (RollupBlockResult.Included inc : included) {
            if (inc.receipt().isSuccess() && MessagePasser.isWithdrawal(inc.tx())) {
                MessagePasser.initiateWithdrawal(inc.tx(), state::get).forEach(state::store);
                recorded = true;
            }
        }
        if (recorded) {
            stateRoot = state.stateRoot();
        }
        if (!runnable.isEmpty() || credited) {
            stateRoot = commit(stateRoot);
        }

        List<L2Withdrawal> started = new ArrayList<>();
        List<Tx> sequenced = new ArrayList<>(included.size());
        for (RollupBlockResult.Included inc : included) {
            if (!inc.forced()) {
                sequenced.add(inc.tx());
            }
            if (inc.receipt().isSuccess() && MessagePasser.isWithdrawal(inc.tx())) {
                Wei value = inc.tx().value();
                L2Withdrawal w = new L2Withdrawal(withdrawals.size(), inc.tx().from(), value, number);
                withdrawals.add(w);
                started.add(w);
                withdrawn = withdrawn.plus(value);
            }
        }
        stateRoots.add(stateRoot);
        withdrawalCounts.add(withdrawals.size());
        timestamps.add(timestamp);
        delayedCounts.add(delayedMessagesRead);
        lastTimestamp = timestamp;
        return new RollupBlockResult(new RollupBlock(number, timestamp, delayedMessagesRead, sequenced), included,
                skipped, started, stateRoot);
    }

    /** The state's root under this chain's scheme ({@code flatRoot} is Part III's, already computed). */
    private Hash commit(Hash flatRoot) {
        return isFlat() ? flatRoot : stateCommitment.apply(state);
    }

    private boolean isFlat() {
        return stateCommitment.equals(DEFAULT_COMMITMENT);
    }

    /** One execution block if every transaction is valid; otherwise one at a time, leaving the invalid ones out. */
    private Hash executeSkippingInvalid(long number, List<Tx> txs, List<Boolean> forced,
                                        List<RollupBlockResult.Included> included,
                                        List<RollupBlockResult.Skipped> skipped) {
        if (txs.isEmpty()) {
            return state.stateRoot();
        }
        BlockOutcome all = state.apply(new ExecutionBlock(number, RollupAddresses.SEQUENCER_FEE_VAULT,
                ExecutionBlock.DEFAULT_GAS_LIMIT, Wei.ZERO, txs));
        if (all.isValid()) {
            for (int i = 0; i < txs.size(); i++) {
                included.add(new RollupBlockResult.Included(txs.get(i), all.receipts().get(i), forced.get(i)));
            }
            return all.stateRoot();
        }
        Gas left = ExecutionBlock.DEFAULT_GAS_LIMIT;
        Hash root = null;
        for (int i = 0; i < txs.size(); i++) {
            Tx tx = txs.get(i);
            Verdict v = state.validate(tx, left, Wei.ZERO);
            if (!v.isValid()) {
                skipped.add(new RollupBlockResult.Skipped(tx, Verdict.rejected(v.rule().orElseThrow(), "block "
                        + number + ", " + (forced.get(i) ? "forced " : "") + "transaction from " + tx.from().toHex()
                        + " nonce " + tx.nonce() + ": " + v.detail().orElseThrow()), forced.get(i)));
                continue;
            }
            BlockOutcome one = state.apply(new ExecutionBlock(number, RollupAddresses.SEQUENCER_FEE_VAULT, left,
                    Wei.ZERO, List.of(tx)));
            Receipt r = one.receipts().get(0);
            included.add(new RollupBlockResult.Included(tx, r, forced.get(i)));
            left = left.minus(r.gasUsed());
            root = one.stateRoot();
        }
        return root == null ? state.stateRoot() : root;
    }

    // --- reading ---

    /** The number of the last block applied (0 = genesis). */
    public long height() {
        return stateRoots.size() - 1L;
    }

    /** The timestamp of the last block. */
    public SimTime timestamp() {
        return lastTimestamp;
    }

    /** How many delayed messages the chain has read. */
    public long delayedMessagesRead() {
        return delayedMessagesRead;
    }

    /** The execution state (a live view: do not change it). */
    public ExecutionState state() {
        return state;
    }

    public Wei balance(EthereumAddress account) {
        return state.balance(account);
    }

    public long nonce(EthereumAddress account) {
        return state.nonce(account);
    }

    /** The execution state root after the last block. */
    public Hash stateRoot() {
        return stateRoots.get(stateRoots.size() - 1);
    }

    /** The output root after the last block. */
    public Hash outputRoot() {
        return outputRootAt(height());
    }

    /** The output root after block {@code number}. */
    public Hash outputRootAt(long number) {
        return outputRootPartsAt(number).hash();
    }

    /** The hash of block {@code number} ({@link OutputRoot#blockHash}), chained from genesis. */
    public Hash blockHashAt(long number) {
        checkBlock(number);
        for (int n = blockHashes.size(); n <= number; n++) {
            Hash parent = n == 0 ? Hash.ZERO : blockHashes.get(n - 1);
            blockHashes.add(OutputRoot.blockHash(parent, n, timestamps.get(n), delayedCounts.get(n),
                    stateRoots.get(n)));
        }
        return blockHashes.get((int) number);
    }

    /** Every withdrawal so far, in order. */
    public List<L2Withdrawal> withdrawals() {
        return List.copyOf(withdrawals);
    }

    /** Ether credited by deposits so far. */
    public Wei totalDeposited() {
        return deposited;
    }

    /** Ether burnt by withdrawals so far. */
    public Wei totalWithdrawn() {
        return withdrawn;
    }

    /** The parts of the output root after block {@code number}. */
    public OutputRoot outputRootPartsAt(long number) {
        checkBlock(number);
        return new OutputRoot(stateRoots.get((int) number), withdrawalsRoot(withdrawalCounts.get((int) number)),
                blockHashAt(number));
    }

    /**
     * The proof of withdrawal {@code withdrawalIndex} against the output root after block {@code atBlock}, for the
     * commitment {@code commitmentIndex} that posted it.
     *
     * @throws IllegalArgumentException if the withdrawal had not happened by then, or there is no such block
     */
    public WithdrawalProof proveWithdrawal(long withdrawalIndex, long atBlock, int commitmentIndex) {
        checkBlock(atBlock);
        int count = withdrawalCounts.get((int) atBlock);
        if (withdrawalIndex < 0 || withdrawalIndex >= count) {
            throw new IllegalArgumentException("withdrawal " + withdrawalIndex + " is not in the output root after block "
                    + atBlock + ", which holds withdrawals 0 to " + (count - 1));
        }
        List<byte[]> leaves = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            leaves.add(withdrawals.get(i).leaf());
        }
        return new WithdrawalProof(commitmentIndex, withdrawals.get((int) withdrawalIndex),
                MerkleTree.of(leaves).proof((int) withdrawalIndex), outputRootPartsAt(atBlock));
    }

    private int cachedCount = -1;
    private Hash cachedRoot;

    private Hash withdrawalsRoot(int count) {
        if (count == cachedCount) {
            return cachedRoot;
        }
        List<byte[]> leaves = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            leaves.add(withdrawals.get(i).leaf());
        }
        Hash root = MerkleTree.root(leaves);
        cachedCount = count;
        cachedRoot = root;
        return root;
    }

    private void checkBlock(long number) {
        if (number < 0 || number > height()) {
            throw new IllegalArgumentException("no L2 block " + number + "; the chain is at block " + height());
        }
    }

    @Override
    public String toString() {
        return "RollupChain(block " + height() + ", " + withdrawals.size() + " withdrawals, output root "
                + outputRoot().toHex().substring(0, 16) + "…)";
    }
}
