package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.execution.Action;
import layers.l1.execution.ExecutionState;
import layers.l1.execution.StateKey;
import layers.l1.execution.Tx;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.merkle.MerkleTree;
import layers.l1.network.SimTime;
import layers.l2.rollup.DelayedMessage;
import layers.l2.rollup.ExitHatch;
import layers.l2.rollup.L2Withdrawal;
import layers.l2.rollup.MessagePasser;
import layers.l2.rollup.OutputRoot;
import layers.l2.rollup.RebuildReport;
import layers.l2.rollup.RollupAddresses;
import layers.l2.rollup.RollupBatch;
import layers.l2.rollup.RollupBlock;
import layers.l2.rollup.RollupChain;
import layers.l2.rollup.RollupConfig;
import layers.l2.rollup.StateCommitment;
import layers.l2.rollup.StateWithdrawalProof;
import layers.l2.rollup.TxListCodec;
import layers.l2.rollup.WithdrawalProof;
import layers.l2.rollup.WithdrawalRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The optimistic rollup end to end on the rollup's own inbox: deposits, a batch of L2 transfers and a withdrawal, a
 * bonded commitment, a watcher re-executing from L1 data, the dispute game, removal, slashing, and payouts.
 */
class OptimisticRollupTest {

    static final EthereumAddress ALICE = EthereumAddress.fromHex("0x00000000000000000000000000000000000a11ce");
    static final EthereumAddress BOB = EthereumAddress.fromHex("0x0000000000000000000000000000000000000b0b");
    static final EthereumAddress CAROL = EthereumAddress.fromHex("0x00000000000000000000000000000000000ca201");
    static final EthereumAddress MALLORY = EthereumAddress.fromHex("0x000000000000000000000000000000000000ba11");
    static final EthereumAddress PROPOSER = EthereumAddress.fromHex("0x0000000000000000000000000000000000000905");
    static final EthereumAddress WATCHER = EthereumAddress.fromHex("0x0000000000000000000000000000000000000a7c");
    static final TxListCodec CODEC = TxListCodec.course();
    static final SimTime DAY = SimTime.ofSeconds(24 * 3600);
    static final SimTime HOUR = SimTime.ofSeconds(3600);

    private OptimisticRollup rollup;
    private RollupChain sequencer;
    private SimTime now;

    /** Deposits (entry 0), then a batch of transfers and Alice's 2-ether withdrawal over two blocks (entry 1). */
    @BeforeEach
    void run() {
        rollup = new OptimisticRollup(RollupConfig.opStack(), CODEC, ExecutionState.genesis(Map.of(ALICE,
                Wei.ether(100), BOB, Wei.ether(100), MALLORY, Wei.ether(100))));
        sequencer = OptimisticRollup.genesisChain();
        rollup.inbox().deposit(ALICE, ALICE, Wei.ether(10), SimTime.ofSeconds(12));
        rollup.inbox().deposit(BOB, BOB, Wei.ether(5), SimTime.ofSeconds(13));
        RollupBlock b1 = new RollupBlock(1, SimTime.ofSeconds(14), 2, List.of());
        sequencer.apply(1, b1.timestamp(), rollup.inbox().delayedMessages(), List.of());
        post(List.of(b1), 2, SimTime.ofSeconds(24));

        RollupBlock b2 = new RollupBlock(2, SimTime.ofSeconds(26), 2, List.of(transfer(ALICE, 0, BOB, 3),
                transfer(BOB, 0, CAROL, 1), transfer(ALICE, 1, RollupAddresses.MESSAGE_PASSER, 2)));
        RollupBlock b3 = new RollupBlock(3, SimTime.ofSeconds(28), 2, List.of(transfer(BOB, 1, ALICE, 1)));
        sequencer.apply(2, b2.timestamp(), List.of(), b2.transactions());
        sequencer.apply(3, b3.timestamp(), List.of(), b3.transactions());
        post(List.of(b2, b3), 2, SimTime.ofSeconds(36));
        now = SimTime.ofSeconds(48);
    }

    private void post(List<RollupBlock> blocks, long after, SimTime at) {
        Verdict v = rollup.inbox().postBatch(rollup.inbox().config().batchPoster(), RollupBatch.encode(blocks, CODEC),
                after, at);
        assertTrue(v.isValid(), v.toString());
    }

    static Tx transfer(EthereumAddress from, long nonce, EthereumAddress to, long ether) {
        return Tx.of(from, nonce, new Action.Transfer(to, Wei.ether(ether)));
    }

    private StateCommitment proposeHonestly(SimTime at) {
        return rollup.propose(PROPOSER, 1, sequencer.outputRootPartsAt(3), Wei.ether(1), at).get().commitment();
    }

    /** Alice's withdrawal proven from L1 data alone: its sentMessages entry under the latest commitment's state root. */
    private StateWithdrawalProof alicesWithdrawal() {
        return rollup.proveWithdrawal(0, rollup.inbox().latestCommitment().orElseThrow());
    }

    @Test
    void theOutputRootCommitsToTheSparseTreeRootTheDisputeGameSteps() {
        OutputRoot parts = sequencer.outputRootPartsAt(3);
        assertEquals(SparseStateTree.rootOf(sequencer.state().entryMap()), parts.stateRoot());
        assertNotEquals(sequencer.state().stateRoot(), parts.stateRoot(), "not Part III's sorted Merkle root");
        ExecutionTrace trace = rollup.honestTrace(1);
        assertEquals(4, trace.length(), "one step per transaction of the batch");
        assertEquals(sequencer.outputRootPartsAt(1).stateRoot(), trace.commitment(0));
        assertEquals(parts.stateRoot(), trace.commitment(trace.length()));
        RebuildReport r = ExitHatch.rebuild(CODEC, rollup.inbox().postedData(), OptimisticRollup::genesisChain);
        assertEquals(sequencer.outputRoot(), r.chain().outputRoot());
        assertNotEquals(RollupChain.genesis().outputRoot(), OptimisticRollup.genesisChain().outputRoot());
    }

    @Test
    void anHonestCommitmentIsNotChallengedAndPaysOutAfterSevenDays() {
        StateCommitment c = proposeHonestly(now);
        assertTrue(rollup.watch(WATCHER, Wei.ether(1), now.plus(HOUR)).isEmpty());
        StateWithdrawalProof proof = alicesWithdrawal();
        assertEquals(c.index(), proof.commitmentIndex());
        assertEquals(sequencer.withdrawals().get(0).sentMessageKey(), proof.sentMessage().key());
        assertTrue(proof.sentMessage().verify(sequencer.outputRootPartsAt(3).stateRoot()).isValid(),
                "the entry is in the posted state root");
        Verdict viaWithdrawalsRoot = rollup.inbox().verifyWithdrawal(sequencer.proveWithdrawal(0, 3, c.index()),
                now.plus(AssertionChain.DEFAULT_WINDOW));
        assertTrue(viaWithdrawalsRoot.isRejectedFor(WithdrawalRule.WITHDRAWALS_ROOT_NOT_TRUSTED),
                viaWithdrawalsRoot.toString());

        Verdict early = rollup.inbox().finalizeWithdrawal(proof, now.plus(SimTime.ofSeconds(6.9 * 86400)));
        assertTrue(early.isRejectedFor(WithdrawalRule.NOT_FINAL), early.toString());
        assertTrue(early.detail().orElseThrow().contains("final " + RollupConfig.humanDuration(
                AssertionChain.DEFAULT_WINDOW) + " after posting with a bond"), early.toString());

        Wei before = rollup.inbox().l1Balance(ALICE);
        Verdict paid = rollup.inbox().finalizeWithdrawal(proof, now.plus(AssertionChain.DEFAULT_WINDOW));
        assertTrue(paid.isValid(), paid.toString());
        assertEquals(before.plus(Wei.ether(2)), rollup.inbox().l1Balance(ALICE));
        assertEquals(Wei.ether(13), rollup.inbox().bridgeBalance());
    }

    @Test
    void aMintingCommitmentIsChallengedFromL1DataRemovedAndSlashedAndItsWithdrawalRefused() {
        ExecutionTrace fraud = ExecutionTrace.faulty(rollup.preStateOf(1), rollup.stepsOf(1),
                OptimisticRollup.L2_STEP_CONTEXT, new TraceFault.ExtraMint(1, MALLORY, Wei.ether(50).value()));
        L2Withdrawal stolen = new L2Withdrawal(1, MALLORY, Wei.ether(50), 3);
        L2Withdrawal alices = sequencer.withdrawals().get(0);
        List<byte[]> leaves = List.of(alices.leaf(), stolen.leaf());
        OutputRoot lie = new OutputRoot(fraud.commitment(fraud.length()), MerkleTree.root(leaves),
                sequencer.blockHashAt(3));
        StateCommitment c = rollup.propose(MALLORY, 1, lie, Wei.ether(1), now).get().commitment();
        StateWithdrawalProof theft = new StateWithdrawalProof(c.index(), stolen,
                SparseStateTree.of(fraud.stateAt(fraud.length())).prove(stolen.sentMessageKey(), BigInteger.ONE), lie);
        Verdict notInState = rollup.inbox().finalizeWithdrawal(theft, now.plus(HOUR));
        assertTrue(notInState.isRejectedFor(WithdrawalRule.WITHDRAWAL_NOT_IN_STATE), notInState.toString());
        Verdict viaRoot = rollup.inbox().finalizeWithdrawal(new WithdrawalProof(c.index(), stolen,
                MerkleTree.of(leaves).proof(1), lie), now.plus(HOUR));
        assertTrue(viaRoot.isRejectedFor(WithdrawalRule.WITHDRAWALS_ROOT_NOT_TRUSTED), viaRoot.toString());

        List<AssertionChain.Challenge> opened = rollup.watch(WATCHER, Wei.ether(1), now.plus(HOUR));
        assertEquals(1, opened.size());
        SimTime decided = rollup.resolve(opened.get(0).id(), DefenderStrategy.of(fraud),
                ChallengerStrategy.of(rollup.honestTrace(1)), now.plus(HOUR), HOUR);
        DisputeGame game = opened.get(0).game();
        assertEquals(DisputeGame.Party.CHALLENGER, game.winner().orElseThrow());
        assertEquals(1, game.segmentStart(), "the dispute narrows to the step that minted");

        assertTrue(rollup.inbox().commitments().isEmpty());
        assertEquals(1, rollup.inbox().removals().size());
        assertTrue(rollup.inbox().removals().get(0).contains("fraud proven"), rollup.inbox().removals().toString());
        AssertionChain chain = rollup.assertions().orElseThrow();
        assertEquals(AssertionChain.Status.REJECTED, chain.status(0));
        assertEquals(Wei.ether(1).plus(Wei.of(Wei.PER_ETHER / 2)), chain.paidTo(WATCHER), "bond back + half of "
                + "the liar's");
        assertEquals(Wei.of(Wei.PER_ETHER / 2), chain.burnt());
        assertEquals(Wei.ZERO, chain.paidTo(MALLORY));

        Wei bridge = rollup.inbox().bridgeBalance();
        Verdict refused = rollup.inbox().finalizeWithdrawal(theft, decided.plus(AssertionChain.DEFAULT_WINDOW));
        assertTrue(refused.isRejectedFor(WithdrawalRule.UNKNOWN_COMMITMENT), refused.toString());
        assertEquals(bridge, rollup.inbox().bridgeBalance());

        // the honest proposer takes over from the last good state; Alice's withdrawal pays a week later
        assertEquals(1, rollup.nextEntry());
        SimTime t = decided.plus(AssertionChain.DEFAULT_WINDOW).plus(HOUR);
        StateCommitment honest = proposeHonestly(t);
        assertTrue(rollup.watch(WATCHER, Wei.ether(1), t.plus(HOUR)).isEmpty());
        Verdict paid = rollup.inbox().finalizeWithdrawal(alicesWithdrawal(), t.plus(AssertionChain.DEFAULT_WINDOW));
        assertTrue(paid.isValid(), paid.toString());
        assertEquals(0, honest.index());
        // the thief's proof now names a commitment that exists, with a different output root
        Verdict again = rollup.inbox().finalizeWithdrawal(theft, t.plus(AssertionChain.DEFAULT_WINDOW));
        assertTrue(again.isRejectedFor(WithdrawalRule.OUTPUT_ROOT_MISMATCH), again.toString());
    }

    @Test
    void aTrueStateRootWithAMadeUpWithdrawalsRootIsNotChallengedAndItsFakeWithdrawalIsRefused() {
        L2Withdrawal alices = sequencer.withdrawals().get(0);
        L2Withdrawal stolen = new L2Withdrawal(1, MALLORY, Wei.ether(12), 3);
        List<byte[]> leaves = List.of(alices.leaf(), stolen.leaf());
        OutputRoot truth = sequencer.outputRootPartsAt(3);
        OutputRoot madeUp = new OutputRoot(truth.stateRoot(), MerkleTree.root(leaves), truth.latestBlockHash());
        StateCommitment c = rollup.propose(MALLORY, 1, madeUp, Wei.ether(1), now).get().commitment();
        assertTrue(rollup.watch(WATCHER, Wei.ether(1), now.plus(HOUR)).isEmpty(), "its state root is the true one");
        SimTime week = now.plus(AssertionChain.DEFAULT_WINDOW);
        Wei bridge = rollup.inbox().bridgeBalance();

        Verdict viaRoot = rollup.inbox().finalizeWithdrawal(new WithdrawalProof(c.index(), stolen,
                MerkleTree.of(leaves).proof(1), madeUp), week);
        assertTrue(viaRoot.isRejectedFor(WithdrawalRule.WITHDRAWALS_ROOT_NOT_TRUSTED), viaRoot.toString());
        assertTrue(viaRoot.detail().orElseThrow().contains("against the state root"), viaRoot.toString());

        SparseStateTree state = SparseStateTree.of(sequencer.state().entryMap());
        Verdict claimed = rollup.inbox().finalizeWithdrawal(new StateWithdrawalProof(c.index(), stolen,
                state.prove(stolen.sentMessageKey(), BigInteger.ONE), madeUp), week);
        assertTrue(claimed.isRejectedFor(WithdrawalRule.WITHDRAWAL_NOT_IN_STATE), claimed.toString());
        Verdict absent = rollup.inbox().finalizeWithdrawal(new StateWithdrawalProof(c.index(), stolen,
                state.prove(stolen.sentMessageKey(), BigInteger.ZERO), madeUp), week);
        assertTrue(absent.isRejectedFor(WithdrawalRule.NOT_THE_SENT_MESSAGE), "a valid proof that it is absent: "
                + absent);
        Verdict borrowed = rollup.inbox().finalizeWithdrawal(new StateWithdrawalProof(c.index(), stolen,
                state.prove(alices.sentMessageKey(), BigInteger.ONE), madeUp), week);
        assertTrue(borrowed.isRejectedFor(WithdrawalRule.NOT_THE_SENT_MESSAGE), "Alice's entry: " + borrowed);
        assertTrue(borrowed.detail().orElseThrow().contains(stolen.sentMessageKey().toString()), borrowed.toString());
        assertEquals(bridge, rollup.inbox().bridgeBalance());

        StateWithdrawalProof real = rollup.proveWithdrawal(0, c);
        Verdict paid = rollup.inbox().finalizeWithdrawal(new StateWithdrawalProof(c.index(), real.withdrawal(),
                real.sentMessage(), madeUp), week);
        assertTrue(paid.isValid(), "Alice's real withdrawal is in the true state root: " + paid);
        assertEquals(bridge.minus(Wei.ether(2)), rollup.inbox().bridgeBalance());
    }

    @Test
    void aStateRootHoldingAFakeWithdrawalMessageIsChallengedAndLoses() {
        TraceFault.FakeWithdrawal fake = new TraceFault.FakeWithdrawal(1, MALLORY, Wei.ether(12));
        ExecutionTrace fraud = ExecutionTrace.faulty(rollup.preStateOf(1), rollup.stepsOf(1),
                OptimisticRollup.L2_STEP_CONTEXT, fake);
        L2Withdrawal stolen = fake.withdrawal(fraud.stateAt(1), 3);
        assertEquals(0, stolen.index(), "the first message nonce: the fake comes before Alice's");
        OutputRoot truth = sequencer.outputRootPartsAt(3);
        OutputRoot lie = new OutputRoot(fraud.commitment(fraud.length()), truth.withdrawalsRoot(),
                truth.latestBlockHash());
        StateCommitment c = rollup.propose(MALLORY, 1, lie, Wei.ether(1), now).get().commitment();
        StateWithdrawalProof theft = new StateWithdrawalProof(c.index(), stolen,
                SparseStateTree.of(fraud.stateAt(fraud.length())).prove(stolen.sentMessageKey(), BigInteger.ONE), lie);
        Verdict notYet = rollup.inbox().verifyWithdrawal(theft, now.plus(HOUR));
        assertTrue(notYet.isRejectedFor(WithdrawalRule.NOT_FINAL), "the entry is in Mallory's state root: " + notYet);

        List<AssertionChain.Challenge> opened = rollup.watch(WATCHER, Wei.ether(1), now.plus(HOUR));
        assertEquals(1, opened.size(), "the state root is wrong, so the watcher challenges it");
        SimTime decided = rollup.resolve(opened.get(0).id(), DefenderStrategy.of(fraud),
                ChallengerStrategy.of(rollup.honestTrace(1)), now.plus(HOUR), HOUR);
        DisputeGame game = opened.get(0).game();
        assertEquals(DisputeGame.Party.CHALLENGER, game.winner().orElseThrow());
        assertEquals(1, game.segmentStart(), "the dispute narrows to the step that wrote the fake message");
        assertEquals(AssertionChain.Status.REJECTED, rollup.assertions().orElseThrow().status(0));
        assertTrue(rollup.inbox().commitments().isEmpty());

        Wei bridge = rollup.inbox().bridgeBalance();
        Verdict refused = rollup.inbox().finalizeWithdrawal(theft, decided.plus(AssertionChain.DEFAULT_WINDOW));
        assertTrue(refused.isRejectedFor(WithdrawalRule.UNKNOWN_COMMITMENT), refused.toString());
        assertEquals(bridge, rollup.inbox().bridgeBalance());
    }

    @Test
    void theWithdrawalStepsOneStepProofCarriesTheMessagePassersEntries() {
        ExecutionTrace honest = rollup.honestTrace(1);
        Tx withdrawal = rollup.stepsOf(1).tx(2);
        assertTrue(MessagePasser.isWithdrawal(withdrawal));
        L2Withdrawal alices = sequencer.withdrawals().get(0);
        assertEquals(BigInteger.ZERO, honest.stateAt(2).getOrDefault(alices.sentMessageKey(), BigInteger.ZERO));
        assertEquals(BigInteger.ONE, honest.stateAt(3).get(alices.sentMessageKey()), "written by the step itself");
        assertEquals(BigInteger.ONE, honest.stateAt(3).get(MessagePasser.MESSAGE_NONCE));

        OneStepProof proof = honest.oneStepProof(2);
        List<StateKey> keys = proof.entries().stream().map(SparseProof::key).toList();
        assertTrue(keys.contains(MessagePasser.MESSAGE_NONCE) && keys.contains(alices.sentMessageKey()), keys.toString());
        OneStepResult ok = OneStepVerifier.verify(proof, 2, honest.commitment(2), honest.input(), honest.context());
        assertTrue(ok.verdict().isValid(), ok.verdict().toString());
        assertEquals(honest.commitment(3), ok.postCommitment().orElseThrow());

        List<SparseProof> without = new java.util.ArrayList<>(proof.entries());
        without.removeIf(e -> e.key().equals(alices.sentMessageKey()));
        OneStepResult missing = OneStepVerifier.verify(new OneStepProof(2, without), 2, honest.commitment(2),
                honest.input(), honest.context());
        assertTrue(missing.verdict().isRejectedFor(DisputeRule.MISSING_ENTRY), missing.verdict().toString());
    }

    @Test
    void anHonestCommitmentChallengedByALiarStaysAndIsFinalOnlyOnceTheChallengeIsSettled() {
        StateCommitment c = proposeHonestly(now);
        ExecutionTrace liar = ExecutionTrace.faulty(rollup.preStateOf(1), rollup.stepsOf(1),
                OptimisticRollup.L2_STEP_CONTEXT, new TraceFault.WrongBalance(2, CAROL, BigInteger.TEN));
        SimTime late = now.plus(SimTime.ofSeconds(6.9 * 86400));
        AssertionChain.Challenge ch = rollup.challenge(c, MALLORY, liar.commitment(liar.length()), Wei.ether(1), late)
                .get();
        StateWithdrawalProof proof = alicesWithdrawal();
        Verdict open = rollup.inbox().finalizeWithdrawal(proof, now.plus(SimTime.ofSeconds(7.5 * 86400)));
        assertTrue(open.isRejectedFor(WithdrawalRule.NOT_FINAL), "a challenge is open: " + open);

        SimTime decided = rollup.resolve(ch.id(), DefenderStrategy.of(rollup.honestTrace(1)),
                ChallengerStrategy.of(liar), now.plus(SimTime.ofSeconds(7.5 * 86400)), HOUR);
        assertEquals(DisputeGame.Party.DEFENDER, ch.game().winner().orElseThrow());
        assertEquals(List.of(c), rollup.inbox().commitments());
        assertTrue(rollup.inbox().removals().isEmpty());
        AssertionChain chain = rollup.assertions().orElseThrow();
        assertEquals(Wei.of(Wei.PER_ETHER / 2), chain.paidTo(PROPOSER), "half of the liar's bond");
        assertEquals(Wei.ZERO, chain.paidTo(MALLORY));
        Verdict paid = rollup.inbox().finalizeWithdrawal(proof, decided);
        assertTrue(paid.isValid(), paid.toString());
    }

    @Test
    void aCommitmentWithoutABondIsNeverFinal() {
        StateCommitment c = rollup.inbox().postStateCommitment(PROPOSER, 3, sequencer.outputRoot(), now);
        Verdict v = rollup.inbox().finalizeWithdrawal(rollup.proveWithdrawal(0, c),
                now.plus(SimTime.ofSeconds(30 * 86400)));
        assertTrue(v.isRejectedFor(WithdrawalRule.NOT_FINAL), v.toString());
        assertThrows(IllegalArgumentException.class, () -> rollup.challenge(c, WATCHER, Hash.ZERO, Wei.ether(1),
                now.plus(HOUR)));
        IllegalArgumentException behind = assertThrows(IllegalArgumentException.class,
                () -> rollup.propose(PROPOSER, 1, sequencer.outputRootPartsAt(3), Wei.ether(1), now.plus(HOUR)));
        assertTrue(behind.getMessage().contains("already holds commitment 0 for block 3"), behind.getMessage());
        assertTrue(rollup.assertions().isEmpty(), "no assertion without its commitment");
    }

    @Test
    void proposalsThatCannotBeDisputedAreRefusedAndSayWhy() {
        AssertionChain.Result<OptimisticRollup.Proposal> cheap = rollup.propose(PROPOSER, 1,
                sequencer.outputRootPartsAt(3), Wei.of(1), now);
        assertTrue(cheap.verdict().isRejectedFor(DisputeRule.BOND_TOO_SMALL), cheap.verdict().toString());
        assertTrue(rollup.inbox().commitments().isEmpty(), "nothing posted");

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> rollup.propose(PROPOSER, 2, sequencer.outputRootPartsAt(3), Wei.ether(1), now));
        assertTrue(missing.getMessage().contains("no inbox entry 2"), missing.getMessage());

        proposeHonestly(now);
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                () -> rollup.propose(PROPOSER, 1, sequencer.outputRootPartsAt(3), Wei.ether(1), now));
        assertTrue(again.getMessage().contains("covers inbox entry 2"), again.getMessage());
    }

    // --- deposits as steps ---

    /**
     * Entry 2: 4 ether deposited by Alice to Carol and 3 by Mallory to Bob (delayed messages 2 and 3), read by block 4, which also
     * holds Carol's transfer of 1 ether to Alice and her 1-ether withdrawal.
     */
    private void postDepositBatch() {
        rollup.inbox().deposit(ALICE, CAROL, Wei.ether(4), SimTime.ofSeconds(40));
        rollup.inbox().deposit(MALLORY, BOB, Wei.ether(3), SimTime.ofSeconds(41));
        RollupBlock b4 = new RollupBlock(4, SimTime.ofSeconds(42), 4, List.of(transfer(CAROL, 0, ALICE, 1),
                transfer(CAROL, 1, RollupAddresses.MESSAGE_PASSER, 1)));
        sequencer.apply(4, b4.timestamp(), rollup.inbox().delayedMessages().subList(2, 4), b4.transactions());
        post(List.of(b4), 4, SimTime.ofSeconds(50));
        now = SimTime.ofSeconds(60);
    }

    private DelayedMessage.Deposit deposit(long index) {
        return (DelayedMessage.Deposit) rollup.inbox().delayedMessage(index);
    }

    private static DelayedMessage.Deposit altered(DelayedMessage.Deposit d, long index, EthereumAddress to, Wei amount) {
        return new DelayedMessage.Deposit(index, d.from(), to, amount, d.l1Block(), d.submittedAt());
    }

    @Test
    void aBatchWithDepositsAndTransfersIsProposedHonestlyAndFinalizes() {
        postDepositBatch();
        TraceInput steps = rollup.stepsOf(2);
        assertEquals(4, steps.length(), "two deposits, then two transactions");
        assertEquals(new TraceEntry.DepositCredit(deposit(2)), steps.entry(0), "deposits first, in inbox order");
        assertEquals(new TraceEntry.DepositCredit(deposit(3)), steps.entry(1));
        assertEquals(transfer(CAROL, 0, ALICE, 1), steps.tx(2));
        IllegalArgumentException notATx = assertThrows(IllegalArgumentException.class, () -> steps.tx(0));
        assertTrue(notATx.getMessage().contains("step 0 is a deposit"), notATx.getMessage());
        assertEquals(6, rollup.stepsOf(0).length() + rollup.stepsOf(2).length(), "entry 0 is two deposit steps");

        ExecutionTrace trace = rollup.honestTrace(2);
        assertEquals(sequencer.outputRootPartsAt(3).stateRoot(), trace.commitment(0));
        assertEquals(sequencer.outputRootPartsAt(4).stateRoot(), trace.commitment(trace.length()),
                "the steps reach the state root RollupChain computed for block 4");
        assertEquals(Wei.ether(5).value(), trace.stateAt(1).get(StateKey.of(CAROL, StateKey.Field.BALANCE)),
                "the 1 ether Bob sent her in entry 1, plus her 4-ether deposit");

        proposeHonestly(now);
        StateCommitment c = rollup.propose(PROPOSER, 2, sequencer.outputRootPartsAt(4), Wei.ether(1), now).get()
                .commitment();
        assertTrue(rollup.watch(WATCHER, Wei.ether(1), now.plus(HOUR)).isEmpty());
        StateWithdrawalProof carols = rollup.proveWithdrawal(1, c);
        assertEquals(CAROL, carols.withdrawal().account());
        Verdict early = rollup.inbox().finalizeWithdrawal(carols, now.plus(DAY));
        assertTrue(early.isRejectedFor(WithdrawalRule.NOT_FINAL), early.toString());
        Wei before = rollup.inbox().l1Balance(CAROL);
        Verdict paid = rollup.inbox().finalizeWithdrawal(carols, now.plus(AssertionChain.DEFAULT_WINDOW));
        assertTrue(paid.isValid(), paid.toString());
        assertEquals(before.plus(Wei.ether(1)), rollup.inbox().l1Balance(CAROL));
    }

    static Stream<Arguments> depositLies() {
        UnaryOperator<DelayedMessage.Deposit> same = d -> d;
        return Stream.of(
                Arguments.of("inflated", new TraceFault.WrongBalance(0, CAROL, Wei.ether(6).value()), 0L,
                        (UnaryOperator<DelayedMessage.Deposit>) d -> altered(d, d.index(), d.to(), Wei.ether(10)),
                        DisputeRule.DEPOSIT_NOT_AS_RECORDED),
                Arguments.of("skipped", new TraceFault.SkippedTx(1), 1L, same, DisputeRule.DEPOSIT_NOT_NAMED),
                Arguments.of("credited to the wrong address",
                        new TraceFault.MisdirectedDeposit(1, BOB, MALLORY, Wei.ether(3)), 1L,
                        (UnaryOperator<DelayedMessage.Deposit>) d -> altered(d, d.index(), MALLORY, d.amount()),
                        DisputeRule.DEPOSIT_NOT_AS_RECORDED));
    }

    @ParameterizedTest(name = "a {0} deposit")
    @MethodSource("depositLies")
    void aCommitmentThatLiesAboutADepositIsChallengedAndLosesAtTheDepositStep(String name, TraceFault fault,
                                                                             long step,
                                                                             UnaryOperator<DelayedMessage.Deposit> lie,
                                                                             DisputeRule refusal) {
        postDepositBatch();
        proposeHonestly(now);
        ExecutionTrace fraud = ExecutionTrace.faulty(rollup.preStateOf(2), rollup.stepsOf(2),
                OptimisticRollup.L2_STEP_CONTEXT, fault);
        OutputRoot truth = sequencer.outputRootPartsAt(4);
        assertNotEquals(truth.stateRoot(), fraud.commitment(fraud.length()));
        StateCommitment c = rollup.propose(MALLORY, 2, new OutputRoot(fraud.commitment(fraud.length()),
                truth.withdrawalsRoot(), truth.latestBlockHash()), Wei.ether(1), now).get().commitment();

        List<AssertionChain.Challenge> opened = rollup.watch(WATCHER, Wei.ether(1), now.plus(HOUR));
        assertEquals(1, opened.size(), "the watcher re-derives the deposits from L1 and gets another root");
        rollup.resolve(opened.get(0).id(), DefenderStrategy.of(fraud), ChallengerStrategy.of(rollup.honestTrace(2)),
                now.plus(HOUR), HOUR);
        DisputeGame game = opened.get(0).game();
        assertEquals(DisputeGame.Party.CHALLENGER, game.winner().orElseThrow());
        assertEquals(step, game.segmentStart(), "the dispute narrows to the deposit step");
        assertInstanceOf(TraceEntry.DepositCredit.class, rollup.stepsOf(2).entry(step));
        assertTrue(game.decision().contains("step " + step + " re-executed on L1") && game.decision().contains(
                "fraud proven"), game.decision());
        assertEquals(AssertionChain.Status.REJECTED, rollup.assertions().orElseThrow().status(1));
        assertTrue(!rollup.inbox().commitments().contains(c) && rollup.inbox().commitments().size() == 1);

        // the liar's own account of the step: the deposit as it claims it is refused against the inbox's record
        OneStepProof honestForm = fraud.oneStepProof(step);
        OneStepProof liars = step == 1 && fault instanceof TraceFault.SkippedTx
                ? new OneStepProof(step, honestForm.entries())
                : honestForm.withDeposit(lie.apply(deposit(2 + step)));
        OneStepResult refused = OneStepVerifier.verify(liars, step, fraud.commitment(step), rollup.stepsOf(2),
                OptimisticRollup.L2_STEP_CONTEXT);
        assertTrue(refused.verdict().isRejectedFor(refusal), refused.verdict().toString());
        assertTrue(refused.verdict().detail().orElseThrow().contains("delayed message " + (2 + step)),
                refused.verdict().toString());
        OneStepResult recorded = OneStepVerifier.verify(honestForm, step, fraud.commitment(step), rollup.stepsOf(2),
                OptimisticRollup.L2_STEP_CONTEXT);
        assertTrue(recorded.isValid(), recorded.verdict().toString());
        assertNotEquals(fraud.commitment(step + 1), recorded.postCommitment().orElseThrow(),
                "the deposit as L1 recorded it does not give the liar's state");
    }

    @Test
    void aTamperedOneStepProofOfADepositStepIsRefused() {
        postDepositBatch();
        ExecutionTrace honest = rollup.honestTrace(2);
        TraceInput steps = rollup.stepsOf(2);
        Hash pre = honest.commitment(0);
        OneStepProof proof = honest.oneStepProof(0);
        assertEquals(deposit(2), proof.deposit().orElseThrow());
        assertEquals(List.of(StateKey.of(CAROL, StateKey.Field.BALANCE)),
                proof.entries().stream().map(SparseProof::key).toList(), "the recipient's balance, all it writes");
        OneStepResult ok = OneStepVerifier.verify(proof, 0, pre, steps, OptimisticRollup.L2_STEP_CONTEXT);
        assertTrue(ok.isValid(), ok.verdict().toString());
        assertEquals(honest.commitment(1), ok.postCommitment().orElseThrow());

        DelayedMessage.Deposit d = deposit(2);
        Map<String, OneStepProof> tampered = new LinkedHashMap<>();
        tampered.put("wrong amount", proof.withDeposit(altered(d, 2, CAROL, Wei.ether(40))));
        tampered.put("wrong recipient", proof.withDeposit(altered(d, 2, MALLORY, d.amount())));
        tampered.put("wrong index", proof.withDeposit(deposit(3)));
        tampered.put("invented index", proof.withDeposit(altered(d, 7, CAROL, d.amount())));
        tampered.put("missing entry", proof.withoutEntry(0));
        tampered.put("no deposit named", new OneStepProof(0, proof.entries()));
        SparseProof e = proof.entries().get(0);
        tampered.put("entry value", proof.withEntry(0, new SparseProof(e.key(), e.value().add(BigInteger.TEN),
                e.siblings())));
        Map<String, DisputeRule> expected = Map.of("wrong amount", DisputeRule.DEPOSIT_NOT_AS_RECORDED,
                "wrong recipient", DisputeRule.DEPOSIT_NOT_AS_RECORDED, "wrong index", DisputeRule.DEPOSIT_WRONG_INDEX,
                "invented index", DisputeRule.DEPOSIT_WRONG_INDEX, "missing entry", DisputeRule.MISSING_ENTRY,
                "no deposit named", DisputeRule.DEPOSIT_NOT_NAMED, "entry value", DisputeRule.ENTRY_NOT_IN_PRE_STATE);
        tampered.forEach((name, p) -> {
            OneStepResult r = OneStepVerifier.verify(p, 0, pre, steps, OptimisticRollup.L2_STEP_CONTEXT);
            assertTrue(r.verdict().isRejectedFor(expected.get(name)), name + ": " + r.verdict());
        });
        OneStepResult wrongAmount = OneStepVerifier.verify(tampered.get("wrong amount"), 0, pre, steps,
                OptimisticRollup.L2_STEP_CONTEXT);
        assertTrue(wrongAmount.verdict().detail().orElseThrow().contains("the inbox recorded " + d.amount()),
                wrongAmount.verdict().toString());

        OneStepProof txStep = honest.oneStepProof(2);
        assertTrue(txStep.deposit().isEmpty());
        OneStepResult onTx = OneStepVerifier.verify(txStep.withDeposit(d), 2, honest.commitment(2), steps,
                OptimisticRollup.L2_STEP_CONTEXT);
        assertTrue(onTx.verdict().isRejectedFor(DisputeRule.DEPOSIT_ON_TRANSACTION_STEP), onTx.verdict().toString());
    }

    @Test
    void anHonestCommitmentWithDepositsSurvivesALyingChallenger() {
        postDepositBatch();
        proposeHonestly(now);
        StateCommitment c = rollup.propose(PROPOSER, 2, sequencer.outputRootPartsAt(4), Wei.ether(1), now).get()
                .commitment();
        ExecutionTrace liar = ExecutionTrace.faulty(rollup.preStateOf(2), rollup.stepsOf(2),
                OptimisticRollup.L2_STEP_CONTEXT, new TraceFault.WrongBalance(1, BOB, Wei.ether(1).value().negate()));
        AssertionChain.Challenge ch = rollup.challenge(c, MALLORY, liar.commitment(liar.length()), Wei.ether(1),
                now.plus(HOUR)).get();
        rollup.resolve(ch.id(), DefenderStrategy.of(rollup.honestTrace(2)), ChallengerStrategy.of(liar),
                now.plus(HOUR), HOUR);
        assertEquals(DisputeGame.Party.DEFENDER, ch.game().winner().orElseThrow());
        assertEquals(1, ch.game().segmentStart(), "narrowed to Bob's deposit");
        assertTrue(ch.game().decision().contains("the challenge fails"), ch.game().decision());
        assertTrue(rollup.inbox().commitments().contains(c));
        assertEquals(AssertionChain.Status.PENDING, rollup.assertions().orElseThrow().status(1));
    }
}
