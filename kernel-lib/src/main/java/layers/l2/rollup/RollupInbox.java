package layers.l2.rollup;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.execution.Action;
import layers.l1.execution.BlockOutcome;
import layers.l1.execution.ExecutionBlock;
import layers.l1.execution.ExecutionState;
import layers.l1.execution.StateKey;
import layers.l1.execution.Tx;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.merkle.MerkleTree;
import layers.l1.network.SimTime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rollup's contracts on L1, in one model: the bridge that locks deposited ether and pays out proven
 * withdrawals, the delayed inbox (deposits and L2 transactions submitted on L1), the sequencer inbox (the sequence
 * of batches and forced inclusions that defines the L2 chain), and the state commitments (output roots) that
 * withdrawals are proven against. L1 accounts are the course's {@link ExecutionState}; every call says when it
 * happens, and its L1 block is {@link RollupConfig#l1BlockAt}. The inbox never executes L2 transactions: it stores
 * data and checks proofs; executing is for L2 nodes ({@link RollupDerivation}).
 *
 * <p>For an optimistic rollup's dispute game: {@link #postStateCommitment} takes a root from any proposer (bonds
 * are the game's business) and {@link #removeStateCommitment} deletes a root proven fraudulent, with every later
 * one (as OP Stack's {@code deleteL2Outputs}).
 *
 * <pre>{@code
 * var inbox = new RollupInbox(RollupConfig.arbitrum(), codec, ExecutionState.genesis(Map.of(alice, Wei.ether(10))));
 * inbox.deposit(alice, alice, Wei.ether(1), SimTime.ofSeconds(12));
 * inbox.submitForcedTransaction(tx, now);          // bypass the sequencer...
 * inbox.forceInclusion(now.plus(RollupConfig.hours(24)));   // ...and force it in a day later
 * }</pre>
 */
public final class RollupInbox {

    /** What the L1 bridge proves a withdrawal against. */
    public enum WithdrawalsIn {
        /** The output root's withdrawals root, a Merkle tree of {@link L2Withdrawal#leaf()}s: {@link WithdrawalProof}. */
        WITHDRAWALS_ROOT,
        /**
         * The output root's state root, which holds every withdrawal's {@code sentMessages} entry
         * ({@link MessagePasser}): {@link StateWithdrawalProof}. What a rollup whose disputes check only the state
         * root must use, as OP Stack's portal does.
         */
        STATE_ROOT
    }

    private final RollupConfig config;
    private final WithdrawalsIn withdrawalsIn;
    private final TxListCodec codec;
    private final ExecutionState l1;

    private final List<DelayedMessage> delayed = new ArrayList<>();
    private final List<Hash> delayedAccs = new ArrayList<>();
    private final List<SequencerInboxEntry> entries = new ArrayList<>();
    private long totalDelayedMessagesRead;
    private final List<StateCommitment> commitments = new ArrayList<>();
    private final List<String> removals = new ArrayList<>();
    private final Set<Long> finalizedWithdrawals = new HashSet<>();
    private Wei deposited = Wei.ZERO;
    private Wei paidOut = Wei.ZERO;
    private SimTime lastCall = SimTime.ZERO;

    /** An inbox over the L1 accounts {@code l1} (kept and changed: deposits and payouts are L1 transactions). */
    public RollupInbox(RollupConfig config, TxListCodec codec, ExecutionState l1) {
        this(config, codec, l1, WithdrawalsIn.WITHDRAWALS_ROOT);
    }

    /** An inbox whose bridge proves withdrawals against {@code withdrawalsIn}. */
    public RollupInbox(RollupConfig config, TxListCodec codec, ExecutionState l1, WithdrawalsIn withdrawalsIn) {
        this.withdrawalsIn = Objects.requireNonNull(withdrawalsIn, "withdrawalsIn");
        this.config = Objects.requireNonNull(config, "config");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.l1 = Objects.requireNonNull(l1, "l1");
    }

    /** What the bridge proves withdrawals against. */
    public WithdrawalsIn withdrawalsIn() {
        return withdrawalsIn;
    }

    public RollupConfig config() {
        return config;
    }

    public TxListCodec codec() {
        return codec;
    }

    // --- the delayed inbox ---

    /**
     * Locks {@code amount} of {@code from}'s L1 ether in the bridge (an L1 transfer to {@link RollupAddresses#L1_BRIDGE})
     * and queues a deposit crediting {@code to} on L2.
     *
     * @throws IllegalArgumentException if the L1 transfer fails, with the reason (e.g. too little ether)
     */
    public DelayedMessage.Deposit deposit(EthereumAddress from, EthereumAddress to, Wei amount, SimTime now) {
        runL1(from, RollupAddresses.L1_BRIDGE, amount, now, "deposit of " + amount.toEtherString() + " from "
                + from.toHex());
        deposited = deposited.plus(amount);
        DelayedMessage.Deposit d = new DelayedMessage.Deposit(delayed.size(), from, to, amount, config.l1BlockAt(now),
                now);
        enqueue(d);
        return d;
    }

    /**
     * Queues an L2 transaction submitted on L1, bypassing the sequencer. In this model the L1 caller is
     * {@code tx.from()} (as an OP Stack deposit transaction's {@code from} is its L1 sender).
     */
    public DelayedMessage.ForcedTx submitForcedTransaction(Tx tx, SimTime now) {
        DelayedMessage.ForcedTx f = new DelayedMessage.ForcedTx(delayed.size(), tx, config.l1BlockAt(now), now);
        enqueue(f);
        return f;
    }

    private void enqueue(DelayedMessage m) {
        checkTime(m.submittedAt());
        Hash prev = delayedAccs.isEmpty() ? Hash.ZERO : delayedAccs.get(delayedAccs.size() - 1);
        delayed.add(m);
        delayedAccs.add(InboxAccumulators.delayed(prev, m, codec));
    }

    /** Every delayed message, in order. */
    public List<DelayedMessage> delayedMessages() {
        return List.copyOf(delayed);
    }

    /** How many delayed messages the inbox holds. */
    public int delayedMessageCount() {
        return delayed.size();
    }

    /** Delayed message {@code index}. */
    public DelayedMessage delayedMessage(long index) {
        if (index < 0 || index >= delayed.size()) {
            throw new IllegalArgumentException("no delayed message " + index + "; the inbox holds " + delayed.size());
        }
        return delayed.get((int) index);
    }

    /** How many delayed messages the sequence has read so far (by batches or forced inclusions). */
    public long totalDelayedMessagesRead() {
        return totalDelayedMessagesRead;
    }

    /** Delayed messages not yet read by the sequence. */
    public List<DelayedMessage> unreadDelayedMessages() {
        return List.copyOf(delayed.subList((int) totalDelayedMessagesRead, delayed.size()));
    }

    // --- the sequencer inbox ---

    /**
     * Appends a batch: {@code data} (the bytes of {@link RollupBatch}) reading delayed messages up to
     * {@code afterDelayedMessagesRead}. The contract checks who posts and the delayed count, not the contents.
     */
    public Verdict postBatch(EthereumAddress poster, byte[] data, long afterDelayedMessagesRead, SimTime now) {
        if (!poster.equals(config.batchPoster())) {
            return Verdict.rejected(InboxRule.NOT_BATCH_POSTER, poster.toHex() + " is not the batch poster "
                    + config.batchPoster().toHex());
        }
        if (afterDelayedMessagesRead < totalDelayedMessagesRead) {
            return Verdict.rejected(InboxRule.DELAYED_BACKWARDS, "the batch reads " + afterDelayedMessagesRead
                    + " delayed messages, the sequence has already read " + totalDelayedMessagesRead);
        }
        if (afterDelayedMessagesRead > delayed.size()) {
            return Verdict.rejected(InboxRule.DELAYED_TOO_FAR, "the batch reads " + afterDelayedMessagesRead
                    + " delayed messages, the inbox holds " + delayed.size());
        }
        append(SequencerInboxEntry.Kind.BATCH, data, afterDelayedMessagesRead, now);
        return Verdict.valid();
    }

    /**
     * Anyone's call: sequences every unread delayed message that is at least {@link RollupConfig#forceInclusionDelay()}
     * old (and all before it), as Arbitrum's {@code forceInclusion}. The L2 chain gets one block reading them.
     */
    public Verdict forceInclusion(SimTime now) {
        checkTime(now);
        if (totalDelayedMessagesRead == delayed.size()) {
            return Verdict.rejected(InboxRule.NOTHING_TO_FORCE_INCLUDE, "all " + delayed.size()
                    + " delayed messages are sequenced");
        }
        long upTo = totalDelayedMessagesRead;
        while (upTo < delayed.size() && forceableAt(delayed.get((int) upTo)).compareTo(now) <= 0) {
            upTo++;
        }
        if (upTo == totalDelayedMessagesRead) {
            DelayedMessage oldest = delayed.get((int) totalDelayedMessagesRead);
            return Verdict.rejected(InboxRule.FORCE_INCLUDE_TOO_SOON, "the oldest unread delayed message ("
                    + oldest.index() + ") arrived at " + oldest.submittedAt() + "; it can be forced in from "
                    + forceableAt(oldest) + " (" + RollupConfig.humanDuration(config.forceInclusionDelay())
                    + " later), it is " + now);
        }
        append(SequencerInboxEntry.Kind.FORCED_INCLUSION, new byte[0], upTo, now);
        return Verdict.valid();
    }

    /**
     * When delayed message {@code index} was sequenced: the L1 time of the first entry (batch or forced inclusion)
     * that read it; empty while no entry has.
     */
    public Optional<SimTime> sequencedAt(long index) {
        delayedMessage(index);
        for (SequencerInboxEntry e : entries) {
            if (e.afterDelayedMessagesRead() > index) {
                return Optional.of(e.postedAt());
            }
        }
        return Optional.empty();
    }

    /** When {@code m} can first be forced in. */
    public SimTime forceableAt(DelayedMessage m) {
        return m.submittedAt().plus(config.forceInclusionDelay());
    }

    private void append(SequencerInboxEntry.Kind kind, byte[] data, long after, SimTime now) {
        checkTime(now);
        Hash prev = entries.isEmpty() ? Hash.ZERO : entries.get(entries.size() - 1).accumulator();
        Hash dAcc = after == 0 ? Hash.ZERO : delayedAccs.get((int) after - 1);
        Hash acc = InboxAccumulators.sequencer(prev, kind, data, after, dAcc, now);
        entries.add(new SequencerInboxEntry(entries.size(), kind, data, after, config.l1BlockAt(now), now, acc));
        totalDelayedMessagesRead = after;
    }

    /** How many entries the sequence has. */
    public int entryCount() {
        return entries.size();
    }

    /** The sequence so far. */
    public List<SequencerInboxEntry> entries() {
        return List.copyOf(entries);
    }

    /** The accumulator over the whole sequence ({@link Hash#ZERO} when empty). */
    public Hash sequencerAccumulator() {
        return entries.isEmpty() ? Hash.ZERO : entries.get(entries.size() - 1).accumulator();
    }

    /** The accumulator over all delayed messages ({@link Hash#ZERO} when empty). */
    public Hash delayedAccumulator() {
        return delayedAccs.isEmpty() ? Hash.ZERO : delayedAccs.get(delayedAccs.size() - 1);
    }

    /** What a node reading L1 sees: see {@link L1PostedData}. */
    public L1PostedData postedData() {
        return new L1PostedData(entries, delayed, commitments, sequencerAccumulator(), delayedAccumulator());
    }

    // --- state commitments ---

    /**
     * Records {@code proposer}'s claim that the output root after L2 block {@code l2Block} is {@code outputRoot}.
     * Permissionless here; a bond and a challenge are the optimistic rollup's rules.
     *
     * @throws IllegalArgumentException if {@code l2Block} is not after the latest commitment's block
     */
    public StateCommitment postStateCommitment(EthereumAddress proposer, long l2Block, Hash outputRoot, SimTime now) {
        checkTime(now);
        Optional<StateCommitment> latest = latestCommitment();
        if (latest.isPresent() && l2Block <= latest.get().l2Block()) {
            throw new IllegalArgumentException("a commitment for L2 block " + l2Block + " must come after the latest, "
                    + "for block " + latest.get().l2Block());
        }
        StateCommitment c = new StateCommitment(commitments.size(), l2Block, outputRoot, proposer,
                config.l1BlockAt(now), now);
        commitments.add(c);
        return c;
    }

    /**
     * Deletes commitment {@code index} and every later one (a later root builds on the deleted one), as OP Stack's
     * {@code deleteL2Outputs}; {@code reason} is kept in {@link #removals()}. The removed commitments.
     *
     * @throws IllegalArgumentException if there is no commitment {@code index}
     */
    public List<StateCommitment> removeStateCommitment(int index, String reason) {
        if (index < 0 || index >= commitments.size()) {
            throw new IllegalArgumentException("no state commitment " + index + "; the inbox holds "
                    + commitments.size());
        }
        List<StateCommitment> gone = List.copyOf(commitments.subList(index, commitments.size()));
        commitments.subList(index, commitments.size()).clear();
        for (StateCommitment c : gone) {
            removals.add("commitment " + c.index() + " (L2 block " + c.l2Block() + "): " + reason);
        }
        return gone;
    }

    /** The commitments in force, oldest first. */
    public List<StateCommitment> commitments() {
        return List.copyOf(commitments);
    }

    public Optional<StateCommitment> commitment(int index) {
        return index >= 0 && index < commitments.size() ? Optional.of(commitments.get(index)) : Optional.empty();
    }

    public Optional<StateCommitment> latestCommitment() {
        return commitments.isEmpty() ? Optional.empty() : Optional.of(commitments.get(commitments.size() - 1));
    }

    /** Why each removed commitment was removed. */
    public List<String> removals() {
        return List.copyOf(removals);
    }

    // --- withdrawals ---

    /**
     * Checks {@code proof} and, if it holds, pays the withdrawal out of the bridge to its account on L1. Checks, in
     * order: the commitment exists; the proof's roots hash to its output root; the Merkle path; finality; not paid
     * before.
     */
    public Verdict finalizeWithdrawal(WithdrawalProof proof, SimTime now) {
        checkTime(now);
        Verdict v = verifyWithdrawal(proof, now);
        if (!v.isValid()) {
            return v;
        }
        payOut(proof.withdrawal(), now);
        return Verdict.valid();
    }

    /**
     * Checks {@code proof} against the state root and, if it holds, pays the withdrawal out. Checks, in order: the
     * inbox proves withdrawals against the state root; the commitment exists; the proof's roots hash to its output
     * root; the entry proven is the withdrawal's {@code sentMessages} entry, 1; it leads to the state root; finality;
     * not paid before.
     */
    public Verdict finalizeWithdrawal(StateWithdrawalProof proof, SimTime now) {
        checkTime(now);
        Verdict v = verifyWithdrawal(proof, now);
        if (!v.isValid()) {
            return v;
        }
        payOut(proof.withdrawal(), now);
        return Verdict.valid();
    }

    /** {@link #finalizeWithdrawal(StateWithdrawalProof, SimTime)}'s checks without paying. */
    public Verdict verifyWithdrawal(StateWithdrawalProof proof, SimTime now) {
        if (withdrawalsIn != WithdrawalsIn.STATE_ROOT) {
            return Verdict.rejected(WithdrawalRule.STATE_PROOF_NOT_SUPPORTED, "withdrawal "
                    + proof.withdrawal().index() + ": this inbox's bridge reads the " + withdrawalsIn);
        }
        Verdict committed = checkCommitment(proof.commitmentIndex(), proof.outputRoot());
        if (!committed.isValid()) {
            return committed;
        }
        L2Withdrawal w = proof.withdrawal();
        StateEntryProof entry = proof.sentMessage();
        if (!entry.key().equals(w.sentMessageKey()) || !entry.value().equals(java.math.BigInteger.ONE)) {
            return Verdict.rejected(WithdrawalRule.NOT_THE_SENT_MESSAGE, "withdrawal " + w.index() + " of "
                    + w.amount().toEtherString() + " to " + w.account().toHex() + " is recorded at "
                    + w.sentMessageKey() + " = 1; the proof is of " + entry.key() + " = " + entry.value());
        }
        Verdict inState = entry.verify(proof.outputRoot().stateRoot());
        if (!inState.isValid()) {
            return Verdict.rejected(WithdrawalRule.WITHDRAWAL_NOT_IN_STATE, "withdrawal " + w.index() + " of "
                    + w.amount().toEtherString() + " to " + w.account().toHex() + ": "
                    + inState.detail().orElse(inState.toString()));
        }
        return checkFinalAndUnpaid(proof.commitmentIndex(), w, now);
    }

    private void payOut(L2Withdrawal w, SimTime now) {
        runL1(RollupAddresses.L1_BRIDGE, w.account(), w.amount(), now, "payout of withdrawal " + w.index());
        finalizedWithdrawals.add(w.index());
        paidOut = paidOut.plus(w.amount());
    }

    /** {@link #finalizeWithdrawal(WithdrawalProof, SimTime)}'s checks without paying. */
    public Verdict verifyWithdrawal(WithdrawalProof proof, SimTime now) {
        if (withdrawalsIn != WithdrawalsIn.WITHDRAWALS_ROOT) {
            return Verdict.rejected(WithdrawalRule.WITHDRAWALS_ROOT_NOT_TRUSTED, "withdrawal "
                    + proof.withdrawal().index() + " is proven by a Merkle path to the withdrawals root; prove its "
                    + "sentMessages entry against the state root instead");
        }
        Verdict committed = checkCommitment(proof.commitmentIndex(), proof.outputRoot());
        if (!committed.isValid()) {
            return committed;
        }
        Verdict path = MerkleTree.verify(proof.withdrawal().leaf(), proof.path(), proof.outputRoot().withdrawalsRoot());
        if (!path.isValid()) {
            return Verdict.rejected(WithdrawalRule.WITHDRAWAL_NOT_IN_ROOT, "withdrawal " + proof.withdrawal().index()
                    + ": " + path.detail().orElse(path.toString()));
        }
        return checkFinalAndUnpaid(proof.commitmentIndex(), proof.withdrawal(), now);
    }

    /** The commitment exists and {@code roots} hash to its output root. */
    private Verdict checkCommitment(int commitmentIndex, OutputRoot roots) {
        Optional<StateCommitment> c = commitment(commitmentIndex);
        if (c.isEmpty()) {
            return Verdict.rejected(WithdrawalRule.UNKNOWN_COMMITMENT, "commitment " + commitmentIndex
                    + "; the inbox holds " + commitments.size());
        }
        StateCommitment commitment = c.get();
        Hash claimed = roots.hash();
        if (!claimed.equals(commitment.outputRoot())) {
            return Verdict.rejected(WithdrawalRule.OUTPUT_ROOT_MISMATCH, "the proof's roots hash to "
                    + claimed.toHex().substring(0, 16) + "…, commitment " + commitment.index() + " posted "
                    + commitment.outputRoot().toHex().substring(0, 16) + "…");
        }
        return Verdict.valid();
    }

    /** The commitment is final and the withdrawal not paid before. */
    private Verdict checkFinalAndUnpaid(int commitmentIndex, L2Withdrawal withdrawal, SimTime now) {
        StateCommitment commitment = commitments.get(commitmentIndex);
        if (!config.finalization().isFinal(commitment, now)) {
            SimTime at = config.finalization().finalAt(commitment);
            return Verdict.rejected(WithdrawalRule.NOT_FINAL, "commitment " + commitment.index() + " was posted at "
                    + commitment.postedAt() + ", " + config.finalization().describe()
                    + (at == null ? "" : " (from " + at + ")") + "; it is " + now);
        }
        if (finalizedWithdrawals.contains(withdrawal.index())) {
            return Verdict.rejected(WithdrawalRule.ALREADY_FINALIZED, "withdrawal " + withdrawal.index()
                    + " of " + withdrawal.amount().toEtherString() + " to " + withdrawal.account().toHex());
        }
        return Verdict.valid();
    }

    public boolean isWithdrawalFinalized(long withdrawalIndex) {
        return finalizedWithdrawals.contains(withdrawalIndex);
    }

    // --- L1 accounts ---

    /** The L1 accounts (a live view). */
    public ExecutionState l1State() {
        return l1;
    }

    public Wei l1Balance(EthereumAddress account) {
        return l1.balance(account);
    }

    /** Ether locked in the bridge: deposits less payouts. */
    public Wei bridgeBalance() {
        return l1.balance(RollupAddresses.L1_BRIDGE);
    }

    public Wei totalDeposited() {
        return deposited;
    }

    public Wei totalPaidOut() {
        return paidOut;
    }

    private void runL1(EthereumAddress from, EthereumAddress to, Wei amount, SimTime now, String what) {
        checkTime(now);
        Tx tx = Tx.of(from, l1.nonce(from), new Action.Transfer(to, amount));
        BlockOutcome out = l1.apply(new ExecutionBlock(config.l1BlockAt(now), StateKey.ZERO_ADDRESS,
                ExecutionBlock.DEFAULT_GAS_LIMIT, Wei.ZERO, List.of(tx)));
        if (!out.isValid()) {
            throw new IllegalArgumentException(what + ": the L1 transaction is invalid: " + out.verdict());
        }
        if (!out.receipts().get(0).isSuccess()) {
            throw new IllegalArgumentException(what + ": the L1 transfer failed (" + out.receipts().get(0)
                    + "); L1 balance " + l1.balance(from).toEtherString());
        }
    }

    private void checkTime(SimTime now) {
        Objects.requireNonNull(now, "now");
        if (now.isBefore(lastCall)) {
            throw new IllegalArgumentException("L1 time runs forward: a call at " + now + " after one at " + lastCall);
        }
        lastCall = now;
    }
}
