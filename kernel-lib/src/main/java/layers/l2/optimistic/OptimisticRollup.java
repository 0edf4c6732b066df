package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.execution.ExecutionBlock;
import layers.l1.execution.ExecutionState;
import layers.l1.execution.StateKey;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;
import layers.l2.rollup.DelayedMessage;
import layers.l2.rollup.FinalizationPolicy;
import layers.l2.rollup.L2Withdrawal;
import layers.l2.rollup.OutputRoot;
import layers.l2.rollup.RollupAddresses;
import layers.l2.rollup.RollupBatch;
import layers.l2.rollup.RollupBlock;
import layers.l2.rollup.RollupBlockResult;
import layers.l2.rollup.RollupChain;
import layers.l2.rollup.RollupConfig;
import layers.l2.rollup.RollupDerivation;
import layers.l2.rollup.RollupInbox;
import layers.l2.rollup.SequencerInboxEntry;
import layers.l2.rollup.StateCommitment;
import layers.l2.rollup.StateWithdrawalProof;
import layers.l2.rollup.TxListCodec;
import layers.l2.rollup.WithdrawalRule;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An optimistic rollup as one system: the rollup's L1 inbox ({@link RollupInbox}: deposits, batches, state
 * commitments, withdrawals) whose state commitments are {@link AssertionChain} assertions with bonds, disputed by
 * the {@link DisputeGame} over the posted batch's transactions.
 *
 * <p>The binding: the L2 chain's state root (inside every block hash and output root) is the {@link SparseStateTree}
 * root of its state ({@link #genesisChain}), the root the dispute game's steps commit to, and one assertion covers
 * one batch of the inbox, its steps the batch's deposits and transactions in the order the L2 chain applies them
 * ({@link #stepsOf}), each run as {@link TraceStep} with the L2's block rules ({@link #L2_STEP_CONTEXT}). A deposit is
 * a step, as OP Stack derives deposit transactions into its L2 blocks and Arbitrum sequences delayed-inbox messages:
 * the one-step verifier checks it against the inbox's own record of the delayed message, so a proposer can neither
 * invent, inflate, skip nor redirect one. A proposer posts the output root
 * ({@link #propose}); the assertion claims its state root part with a bond. A watcher re-derives the chain from L1
 * data ({@link #honestTrace}) and challenges a commitment whose state root it does not get ({@link #watch});
 * {@link #resolve} plays the game, settles the bonds, and removes a commitment whose defender lost with
 * {@link RollupInbox#removeStateCommitment}. The inbox's {@link FinalizationPolicy} is the assertion's: a commitment
 * is final once its 7-day window has passed with no challenge open, its parent final too; one posted without a bond is
 * never final.
 *
 * <p>Simplified: the assertion chain starts from the state the entries before the first asserted one define, derived
 * from L1 data (a real chain starts from an agreed genesis or anchor state). The dispute checks the state root only; the output root's
 * other two parts (withdrawals root, block hash) are not disputed, so nothing may rest on them. Withdrawals are
 * therefore kept in the state, as OP Stack keeps them in the {@code L2ToL1MessagePasser}'s storage: each step that
 * withdraws writes its {@code sentMessages} entry ({@link layers.l2.rollup.MessagePasser}), and the inbox's bridge
 * pays only against a proof of that entry under the state root ({@link #proveWithdrawal}); a proof against the
 * withdrawals root is refused ({@link WithdrawalRule#WITHDRAWALS_ROOT_NOT_TRUSTED}).
 *
 * <pre>{@code
 * var rollup = new OptimisticRollup(RollupConfig.opStack(), codec, l1);
 * rollup.inbox().deposit(alice, alice, Wei.ether(5), now);          // then batches, as any rollup
 * var p = rollup.propose(proposer, 1, sequencerChain.outputRootPartsAt(block), Wei.ether(1), now).get();
 * rollup.watch(watcher, Wei.ether(1), later);                        // challenges only a wrong root
 * }</pre>
 */
public final class OptimisticRollup {

    /**
     * The rollup's block rules as a step: tips to {@link RollupAddresses#SEQUENCER_FEE_VAULT}, base fee 0, the
     * execution layer's gas limit, as {@link RollupChain} runs L2 blocks.
     */
    public static final StepContext L2_STEP_CONTEXT = new StepContext(RollupAddresses.SEQUENCER_FEE_VAULT, Wei.ZERO,
            ExecutionBlock.DEFAULT_GAS_LIMIT);

    /** A posted commitment and its assertion. */
    public record Proposal(int assertionId, int entryIndex, StateCommitment commitment) {
    }

    private final RollupInbox inbox;
    private final TxListCodec codec;
    private final SimTime window;
    private final Wei minimumBond;
    private AssertionChain assertions;
    private int firstEntry = -1;
    private final List<Proposal> proposals = new ArrayList<>();
    private final Map<StateCommitment, Integer> assertionOf = new HashMap<>();

    /** A 7-day window and a 1 ether minimum bond ({@link AssertionChain#withDefaults}). */
    public OptimisticRollup(RollupConfig config, TxListCodec codec, ExecutionState l1) {
        this(config, codec, l1, AssertionChain.DEFAULT_WINDOW, Wei.ether(1));
    }

    /** An inbox over {@code l1} whose finalization is this rollup's assertions, {@code config}'s policy replaced. */
    public OptimisticRollup(RollupConfig config, TxListCodec codec, ExecutionState l1, SimTime window,
                            Wei minimumBond) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.window = Objects.requireNonNull(window, "window");
        this.minimumBond = Objects.requireNonNull(minimumBond, "minimumBond");
        this.inbox = new RollupInbox(config.withFinalization(new AssertionFinality()), codec, l1,
                RollupInbox.WithdrawalsIn.STATE_ROOT);
    }

    /** The sparse-tree root of {@code state}: the state root this rollup's output roots commit to. */
    public static Hash stateCommitment(ExecutionState state) {
        return SparseStateTree.rootOf(state.entryMap());
    }

    /** Block 0 of an L2 chain committing to {@link #stateCommitment}: for the sequencer, proposers and watchers. */
    public static RollupChain genesisChain() {
        return RollupChain.genesis(OptimisticRollup::stateCommitment);
    }

    public RollupInbox inbox() {
        return inbox;
    }

    /** The assertions; empty until the first proposal. */
    public Optional<AssertionChain> assertions() {
        return Optional.ofNullable(assertions);
    }

    public List<Proposal> proposals() {
        return List.copyOf(proposals);
    }

    // --- proposing ---

    /**
     * Posts {@code claimed}, the output root after inbox entry {@code entryIndex}, as a state commitment and, with
     * {@code bond}, as an assertion that the entry's steps
     * (its deposits and transactions, {@link #stepsOf}) take the state from the previous assertion's root to
     * {@code claimed.stateRoot()}. The first proposal fixes where the assertions start: the state after the entries
     * before it, derived from L1 data. A rejected verdict (e.g. bond too small) posts nothing.
     *
     * @throws IllegalArgumentException if the entry is not the next one after the last assertion still standing, is
     *                                  not a batch with at least one step, or ends at or before the L2 block of
     *                                  the inbox's latest commitment
     */
    public AssertionChain.Result<Proposal> propose(EthereumAddress proposer, int entryIndex, OutputRoot claimed,
                                                   Wei bond, SimTime now) {
        Objects.requireNonNull(claimed, "claimed");
        int expected = nextEntry();
        if (assertions != null && entryIndex != expected) {
            throw new IllegalArgumentException("the next assertion covers inbox entry " + expected + ", not "
                    + entryIndex);
        }
        List<RollupBlock> blocks = blocksOf(entryIndex);
        TraceInput batch = stepsOf(entryIndex);
        long l2Block = blocks.get(blocks.size() - 1).number();
        inbox.latestCommitment().filter(latest -> latest.l2Block() >= l2Block).ifPresent(latest -> {
            throw new IllegalArgumentException("entry " + entryIndex + " ends at L2 block " + l2Block
                    + "; the inbox already holds commitment " + latest.index() + " for block " + latest.l2Block());
        });
        AssertionChain chain = assertions != null ? assertions
                : new AssertionChain(stateCommitment(chainBefore(entryIndex).state()), L2_STEP_CONTEXT, window,
                        minimumBond, 50, DisputeGame.BISECTION, DisputeGame.DEFAULT_CLOCK);
        AssertionChain.Result<AssertionChain.Assertion> a = chain.propose(proposer, batch, claimed.stateRoot(), bond,
                now);
        if (!a.verdict().isValid()) {
            return new AssertionChain.Result<>(a.verdict(), Optional.empty());
        }
        if (assertions == null) {
            assertions = chain;
            firstEntry = entryIndex;
        }
        StateCommitment c = inbox.postStateCommitment(proposer, l2Block, claimed.hash(), now);
        Proposal p = new Proposal(a.get().id(), entryIndex, c);
        proposals.add(p);
        assertionOf.put(c, p.assertionId());
        return new AssertionChain.Result<>(Verdict.valid(), Optional.of(p));
    }

    /** The inbox entry the next assertion covers: after the last one not rejected (-1 before the first). */
    public int nextEntry() {
        for (int i = proposals.size() - 1; i >= 0; i--) {
            if (assertions.status(proposals.get(i).assertionId()) != AssertionChain.Status.REJECTED) {
                return proposals.get(i).entryIndex() + 1;
            }
        }
        return firstEntry;
    }

    // --- what a watcher derives from L1 ---

    /** The blocks of batch {@code entryIndex}, checked to be assertable. */
    private List<RollupBlock> blocksOf(int entryIndex) {
        if (entryIndex < 0 || entryIndex >= inbox.entryCount()) {
            throw new IllegalArgumentException("no inbox entry " + entryIndex + "; the inbox holds "
                    + inbox.entryCount());
        }
        SequencerInboxEntry e = inbox.entries().get(entryIndex);
        if (e.kind() != SequencerInboxEntry.Kind.BATCH) {
            throw new IllegalArgumentException(e + " is a " + e.kind() + ", not a batch of transactions");
        }
        try {
            return RollupBatch.decode(e.data(), codec);
        } catch (IllegalArgumentException x) {
            throw new IllegalArgumentException(e + " does not decode: " + x.getMessage(), x);
        }
    }

    /**
     * The steps of batch {@code entryIndex} in order, what the dispute game steps through: block by block, as
     * {@link RollupChain#apply} runs a block, first the deposits the block newly reads from the delayed inbox (each
     * one step, carrying the inbox's own record of it), then the forced transactions it reads, then the sequencer's
     * transactions.
     *
     * @throws IllegalArgumentException if the entry is not a decodable batch, or has no step at all
     */
    public TraceInput stepsOf(int entryIndex) {
        List<RollupBlock> blocks = blocksOf(entryIndex);
        long read = entryIndex == 0 ? 0 : inbox.entries().get(entryIndex - 1).afterDelayedMessagesRead();
        List<TraceEntry> steps = new ArrayList<>();
        for (RollupBlock b : blocks) {
            List<TraceEntry> forced = new ArrayList<>();
            for (long i = read; i < b.delayedMessagesRead(); i++) {
                DelayedMessage m = inbox.delayedMessage(i);
                if (m instanceof DelayedMessage.Deposit d) {
                    steps.add(new TraceEntry.DepositCredit(d));
                } else if (m instanceof DelayedMessage.ForcedTx f) {
                    forced.add(new TraceEntry.Transaction(f.tx()));
                }
            }
            steps.addAll(forced);
            b.transactions().forEach(tx -> steps.add(new TraceEntry.Transaction(tx)));
            read = Math.max(read, b.delayedMessagesRead());
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException(inbox.entries().get(entryIndex) + " holds no deposits and no "
                    + "transactions: nothing for a dispute to step through");
        }
        return TraceInput.ofEntries(steps);
    }

    /** The L2 chain after every entry before {@code entryIndex}, derived from L1 data alone. */
    public RollupChain chainBefore(int entryIndex) {
        RollupChain chain = genesisChain();
        RollupDerivation derivation = new RollupDerivation(codec);
        List<RollupBlockResult> ignored = new ArrayList<>();
        List<SequencerInboxEntry> entries = inbox.entries();
        for (int i = 0; i < entryIndex; i++) {
            derivation.applyOrSkip(chain, entries.get(i), inbox.delayedMessages(), ignored);
        }
        return chain;
    }

    /** The state before batch {@code entryIndex}: the dispute's pre-state. */
    public TreeMap<StateKey, BigInteger> preStateOf(int entryIndex) {
        return new TreeMap<>(chainBefore(entryIndex).state().entryMap());
    }

    /** The true trace of batch {@code entryIndex}, re-executed from L1 data: what an honest watcher plays. */
    public ExecutionTrace honestTrace(int entryIndex) {
        return ExecutionTrace.honest(preStateOf(entryIndex), stepsOf(entryIndex), L2_STEP_CONTEXT);
    }

    // --- withdrawing ---

    /**
     * The proof of withdrawal {@code withdrawalIndex} against {@code commitment}, built from L1 data alone: the L2
     * chain is re-derived up to the commitment's block, and the withdrawal's {@code sentMessages} entry is proven in
     * its sparse state tree. What the bridge checks against the commitment's state root.
     *
     * @throws IllegalArgumentException if the inbox's entries do not end a block at the commitment's block, or the
     *                                  withdrawal had not happened by then
     */
    public StateWithdrawalProof proveWithdrawal(long withdrawalIndex, StateCommitment commitment) {
        RollupChain chain = genesisChain();
        RollupDerivation derivation = new RollupDerivation(codec);
        List<RollupBlockResult> ignored = new ArrayList<>();
        List<SequencerInboxEntry> entries = inbox.entries();
        for (int i = 0; i < entries.size() && chain.height() < commitment.l2Block(); i++) {
            derivation.applyOrSkip(chain, entries.get(i), inbox.delayedMessages(), ignored);
        }
        if (chain.height() != commitment.l2Block()) {
            throw new IllegalArgumentException("commitment " + commitment.index() + " is for L2 block "
                    + commitment.l2Block() + "; the inbox's entries derive blocks up to " + chain.height()
                    + " without ending at it");
        }
        List<L2Withdrawal> ws = chain.withdrawals();
        if (withdrawalIndex < 0 || withdrawalIndex >= ws.size()) {
            throw new IllegalArgumentException("withdrawal " + withdrawalIndex + " is not in the state after L2 block "
                    + commitment.l2Block() + ", which holds withdrawals 0 to " + (ws.size() - 1));
        }
        L2Withdrawal w = ws.get((int) withdrawalIndex);
        SparseProof entry = SparseStateTree.of(chain.state().entryMap()).prove(w.sentMessageKey(), BigInteger.ONE);
        return new StateWithdrawalProof(commitment.index(), w, entry, chain.outputRootPartsAt(commitment.l2Block()));
    }

    // --- challenging ---

    /** The proposal that posted {@code commitment}, if it was posted with a bond. */
    public Optional<Proposal> proposalOf(StateCommitment commitment) {
        Integer id = assertionOf.get(commitment);
        return id == null ? Optional.empty() : Optional.of(proposals.get(id));
    }

    /** Challenges the assertion behind {@code commitment}, claiming {@code claim} as the state root after its batch. */
    public AssertionChain.Result<AssertionChain.Challenge> challenge(StateCommitment commitment,
                                                                     EthereumAddress challenger, Hash claim, Wei bond,
                                                                     SimTime now) {
        Proposal p = proposalOf(commitment).orElseThrow(() -> new IllegalArgumentException(
                "commitment " + commitment.index() + " was not posted with a bond: there is no assertion to challenge"));
        return assertions.challenge(p.assertionId(), challenger, claim, bond, now);
    }

    /**
     * What an honest watcher does: re-executes every pending assertion's batch from L1 data and challenges each
     * one whose claimed state root is not the one it gets. The challenges opened.
     */
    public List<AssertionChain.Challenge> watch(EthereumAddress watcher, Wei bond, SimTime now) {
        List<AssertionChain.Challenge> opened = new ArrayList<>();
        for (StateCommitment c : inbox.commitments()) {
            Optional<Proposal> p = proposalOf(c);
            if (p.isEmpty() || assertions.status(p.get().assertionId()) != AssertionChain.Status.PENDING
                    || assertions.hasOpenChallenge(p.get().assertionId())) {
                continue;
            }
            ExecutionTrace mine = honestTrace(p.get().entryIndex());
            Hash root = mine.commitment(mine.length());
            if (!root.equals(assertions.assertion(p.get().assertionId()).claimed())) {
                challenge(c, watcher, root, bond, now).value().ifPresent(opened::add);
            }
        }
        return opened;
    }

    /**
     * Plays challenge {@code challengeId} to the end from {@code start} ({@link DisputeRunner}, one attempt per
     * turn), settles the bonds, and, if the defender lost, removes its commitment (and every later one) from the
     * inbox with the game's decision as the reason. The time the game was decided.
     */
    public SimTime resolve(int challengeId, DefenderStrategy defender, ChallengerStrategy challenger, SimTime start,
                           SimTime moveTime) {
        AssertionChain.Challenge c = assertions.challenges().get(challengeId);
        SimTime end = DisputeRunner.play(c.game(), defender, challenger, start, moveTime, 1);
        Verdict settled = assertions.settle(challengeId);
        if (!settled.isValid()) {
            throw new IllegalStateException("challenge " + challengeId + ": " + settled);
        }
        if (assertions.status(c.assertionId()) == AssertionChain.Status.REJECTED) {
            StateCommitment commitment = proposals.get(c.assertionId()).commitment();
            int index = inbox.commitments().indexOf(commitment);
            if (index >= 0) {
                inbox.removeStateCommitment(index, "challenge " + challengeId + ": " + c.game().decision());
            }
        }
        return end;
    }

    /** Final once the assertion's window has passed with no challenge open and its parent is final. */
    private final class AssertionFinality implements FinalizationPolicy {

        @Override
        public boolean isFinal(StateCommitment commitment, SimTime now) {
            Integer id = assertionOf.get(commitment);
            return id != null && isFinal(id, now);
        }

        private boolean isFinal(int id, SimTime now) {
            if (assertions.status(id) == AssertionChain.Status.REJECTED || assertions.hasOpenChallenge(id)
                    || now.isBefore(assertions.windowEnd(id))) {
                return false;
            }
            int parent = assertions.assertion(id).parent();
            return parent < 0 || isFinal(parent, now);
        }

        @Override
        public SimTime finalAt(StateCommitment commitment) {
            Integer id = assertionOf.get(commitment);
            return id == null ? null : assertions.windowEnd(id);
        }

        @Override
        public String describe() {
            return "final " + RollupConfig.humanDuration(window) + " after posting with a bond, if no challenge is "
                    + "open and its parent is final";
        }
    }
}
