package layers.l1.execution;

import layers.l1.crypto.Hash;
import layers.l1.execution.Receipt.Status;
import layers.l1.fees.FeeRule;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import layers.l1.merkle.MerkleRule;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static layers.l1.execution.ExecutionFixtures.ALICE;
import static layers.l1.execution.ExecutionFixtures.BOB;
import static layers.l1.execution.ExecutionFixtures.BUILDER;
import static layers.l1.execution.ExecutionFixtures.CAROL;
import static layers.l1.execution.ExecutionFixtures.GOLD;
import static layers.l1.execution.ExecutionFixtures.POOL;
import static layers.l1.execution.ExecutionFixtures.SILVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutionStateTest {

    private static final Wei BASE_FEE = Wei.gwei(10);
    private static final Wei MAX_FEE = Wei.gwei(50);
    private static final Wei TIP = Wei.gwei(2);
    private static final Wei PRICE = Wei.gwei(12);

    private static ExecutionBlock block(long number, Tx... txs) {
        return new ExecutionBlock(number, BUILDER, Gas.millions(30), BASE_FEE, List.of(txs));
    }

    private static Tx paying(Tx tx) {
        return tx.withFees(MAX_FEE, TIP);
    }

    // --- fees and ether ---

    @Test
    void aTransferCosts21000GasPaidAsBaseFeeBurntAndTipToTheBuilder() {
        ExecutionState s = ExecutionFixtures.genesis();
        BlockOutcome out = s.apply(block(1, paying(Tx.of(ALICE, 0, new Action.Transfer(BOB, Wei.ether(1))))));
        assertTrue(out.isValid());
        Receipt r = out.receipts().get(0);
        assertEquals(Status.SUCCESS, r.status());
        assertEquals(Gas.of(21_000), r.gasUsed());
        assertEquals(Wei.ether(99).minus(PRICE.times(21_000)), s.balance(ALICE));
        assertEquals(Wei.ether(11), s.balance(BOB));
        assertEquals(TIP.times(21_000), s.balance(BUILDER));
        assertEquals(BASE_FEE.times(21_000), out.burnt());
        assertEquals(1, s.nonce(ALICE));
        Wei total = s.balance(ALICE).plus(s.balance(BOB)).plus(s.balance(BUILDER)).plus(out.burnt());
        assertEquals(Wei.ether(110), total, "no ether is created or lost: what is not held was burnt");
    }

    // --- gas accounting ---

    @Test
    void aTokenTransferToAnExistingHolderCostsWhatTheScheduleSays() {
        ExecutionState s = ExecutionFixtures.defi();
        Receipt r = s.apply(block(3, paying(Tx.of(BOB, 0, new Action.TokenTransfer(GOLD, ALICE,
                TokenAmount.of(100)))))).receipts().get(0);
        long expected = 21_000       // the transaction
                + 2_100              // the token's code: cold read (the called contract itself is warm, EIP-2929)
                + 2_100 + 2_100      // both balances: cold reads
                + 2_900 + 2_900      // both balances: first writes of non-zero slots
                + (375 + 3 * 375 + 8 * 32); // Transfer(from, to, amount): 3 topics, one word
        assertEquals(34_856, expected);
        assertEquals(Gas.of(expected), r.gasUsed());
        assertEquals(TokenAmount.of(4_900), s.tokenBalance(GOLD, BOB));
        assertEquals(TokenAmount.of(500_000 + 100), s.tokenBalance(GOLD, ALICE));
    }

    @Test
    void aTokenTransferToANewHolderPaysForTheNewSlot() {
        ExecutionState s = ExecutionFixtures.defi();
        Receipt r = s.apply(block(3, paying(Tx.of(BOB, 0, new Action.TokenTransfer(GOLD, CAROL,
                TokenAmount.of(100)))))).receipts().get(0);
        assertEquals(Gas.of(21_000 + 3 * 2_100 + 2_900 + 20_000 + 1_756), r.gasUsed());   // 51,956
        assertEquals(List.of(new Log(GOLD, "Transfer", List.of(Log.arg(BOB), Log.arg(CAROL), BigInteger.valueOf(100)))),
                r.logs());
    }

    @Test
    void runningOutOfGasRevertsTheChangesButChargesTheWholeGasLimit() {
        ExecutionState s = ExecutionFixtures.defi();
        Wei bobBefore = s.balance(BOB);
        Tx tx = paying(Tx.of(BOB, 0, new Action.TokenTransfer(GOLD, CAROL, TokenAmount.of(100))))
                .withGasLimit(Gas.of(40_000));
        BlockOutcome out = s.apply(block(3, tx));
        Receipt r = out.receipts().get(0);
        assertEquals(Status.OUT_OF_GAS, r.status());
        assertEquals(Gas.of(40_000), r.gasUsed());
        assertTrue(r.logs().isEmpty());
        assertEquals(TokenAmount.of(5_000), s.tokenBalance(GOLD, BOB), "the transfer was undone");
        assertEquals(TokenAmount.ZERO, s.tokenBalance(GOLD, CAROL));
        assertEquals(bobBefore.minus(PRICE.times(40_000)), s.balance(BOB), "but the gas was paid");
        assertEquals(1, s.nonce(BOB));
        assertEquals(Gas.of(40_000), out.gasUsed());
    }

    @Test
    void aRevertChargesOnlyTheGasUsedUntilIt() {
        ExecutionState s = ExecutionFixtures.defi();
        Wei bobBefore = s.balance(BOB);
        Receipt r = s.apply(block(3, paying(Tx.of(BOB, 0, new Action.TokenTransfer(GOLD, CAROL,
                TokenAmount.of(6_000)))))).receipts().get(0);
        assertEquals(Status.REVERTED, r.status());
        assertEquals("ERC20: transfer amount exceeds balance", r.revertReason());
        assertEquals(Gas.of(21_000 + 2_100 + 2_100), r.gasUsed(), "the code and the sender's balance were read");
        assertEquals(bobBefore.minus(PRICE.times(25_200)), s.balance(BOB));
        assertEquals(TokenAmount.of(5_000), s.tokenBalance(GOLD, BOB));
    }

    @Test
    void onlyTheOwnerMints() {
        ExecutionState s = ExecutionFixtures.defi();
        Receipt r = s.apply(ExecutionBlock.of(3, Tx.of(BOB, 0, new Action.Mint(GOLD, BOB, TokenAmount.of(1))))).receipts().get(0);
        assertEquals(Status.REVERTED, r.status());
        assertEquals("Ownable: caller is not the owner", r.revertReason());
        assertEquals(TokenAmount.of(1_505_000), s.tokenSupply(GOLD));
    }

    @Test
    void balanceOfAnswersInALog() {
        ExecutionState s = ExecutionFixtures.defi();
        Receipt r = s.apply(ExecutionBlock.of(3, Tx.of(CAROL, 0, new Action.BalanceOf(GOLD, BOB)))).receipts().get(0);
        assertEquals(BigInteger.valueOf(5_000), r.logs().get(0).args().get(1));
        assertEquals(BOB, r.logs().get(0).addressAt(0));
    }

    // --- the swap ---

    @Test
    void aSwapPaysOutGetAmountOutAndMovesTheReserves() {
        ExecutionState s = ExecutionFixtures.defi();
        Receipt r = s.apply(ExecutionBlock.of(3, Tx.of(BOB, 0, new Action.Swap(POOL, GOLD, TokenAmount.of(1_000),
                TokenAmount.ZERO)))).receipts().get(0);
        assertEquals(Status.SUCCESS, r.status(), r.toString());
        // 1,000·997·2,000,000 / (1,000,000·1,000 + 1,000·997) = 1,992.01
        assertEquals(TokenAmount.of(1 + 1_992), s.tokenBalance(SILVER, BOB));
        assertEquals(TokenAmount.of(4_000), s.tokenBalance(GOLD, BOB));
        assertEquals(List.of(TokenAmount.of(1_001_000), TokenAmount.of(2_000_000 - 1_992)), s.reserves(POOL));
        assertEquals(TokenAmount.of(1_001_000), s.tokenBalance(GOLD, POOL));
        long transferIn = 2_600 + 2_100 + 2 * 2_100 + 2 * 2_900 + 1_756;  // cold token, its code, 2 reads, 2 writes, log
        long expected = 21_000
                + 5 * 2_100                  // the pool's code, token0, token1, both reserves
                + transferIn + transferIn    // GOLD in, SILVER out (Bob already holds SILVER)
                + 2 * 2_900                  // both reserves written
                + (375 + 375 + 8 * 64)       // Sync(reserve0, reserve1)
                + (375 + 2 * 375 + 8 * 64);  // Swap(sender; in, out)
        assertEquals(73_111, expected);
        assertEquals(Gas.of(expected), r.gasUsed());
    }

    @Test
    void aSwapBelowTheMinimumOutputRevertsWithTheRoutersMessage() {
        ExecutionState s = ExecutionFixtures.defi();
        Receipt r = s.apply(ExecutionBlock.of(3, Tx.of(BOB, 0, new Action.Swap(POOL, GOLD, TokenAmount.of(1_000),
                TokenAmount.of(1_993))))).receipts().get(0);
        assertEquals(Status.REVERTED, r.status());
        assertEquals("UniswapV2Router: INSUFFICIENT_OUTPUT_AMOUNT", r.revertReason());
        assertEquals(List.of(TokenAmount.of(1_000_000), TokenAmount.of(2_000_000)), s.reserves(POOL));
    }

    @Test
    void aSwapOfATokenThePoolDoesNotHoldReverts() {
        ExecutionState s = ExecutionFixtures.defi();
        Receipt r = s.apply(ExecutionBlock.of(3, Tx.of(BOB, 0, new Action.Swap(POOL, BOB, TokenAmount.of(1), TokenAmount.ZERO))))
                .receipts().get(0);
        assertEquals("UniswapV2Library: INVALID_PATH", r.revertReason());
    }

    // --- invalid blocks ---

    @Test
    void aBlockWithAnInvalidTransactionIsRejectedWhole() {
        ExecutionState s = ExecutionFixtures.genesis();
        Hash before = s.stateRoot();
        BlockOutcome out = s.apply(block(1, paying(Tx.of(ALICE, 0, new Action.Transfer(BOB, Wei.ether(1)))),
                paying(Tx.of(BOB, 5, new Action.Transfer(ALICE, Wei.ether(1))))));
        assertTrue(out.verdict().isRejectedFor(ExecutionRule.NONCE_MISMATCH), out.verdict().toString());
        assertTrue(out.verdict().detail().orElseThrow().contains("transaction 1"));
        assertEquals(before, s.stateRoot(), "nothing of the block was applied, not even its valid first transaction");
        assertEquals(Wei.ether(100), s.balance(ALICE));
    }

    @Test
    void eachValidityRuleRejects() {
        ExecutionState s = ExecutionFixtures.genesis();
        Tx transfer = Tx.of(ALICE, 0, new Action.Transfer(BOB, Wei.ONE));
        assertTrue(s.apply(block(1, transfer.withFees(Wei.gwei(5), Wei.ZERO))).verdict()
                .isRejectedFor(FeeRule.MAX_FEE_BELOW_BASE_FEE));
        assertTrue(s.apply(block(1, paying(transfer).withGasLimit(Gas.of(20_999)))).verdict()
                .isRejectedFor(ExecutionRule.INTRINSIC_GAS_TOO_LOW));
        ExecutionBlock small = new ExecutionBlock(1, BUILDER, Gas.of(50_000), BASE_FEE,
                List.of(paying(transfer).withGasLimit(Gas.of(30_000)),
                        paying(Tx.of(ALICE, 1, new Action.Transfer(BOB, Wei.ONE))).withGasLimit(Gas.of(30_000))));
        assertTrue(s.apply(small).verdict().isRejectedFor(ExecutionRule.BLOCK_GAS_LIMIT_REACHED));
        assertTrue(s.apply(block(1, paying(Tx.of(BOB, 0, new Action.Transfer(ALICE, Wei.ether(10)))))).verdict()
                .isRejectedFor(FeeRule.INSUFFICIENT_BALANCE_FOR_GAS), "10 ether plus gas is more than Bob has");
    }

    // --- state roots ---

    @Test
    void replayingTheSameBlocksGivesTheSameRoots() {
        List<ExecutionBlock> blocks = new java.util.ArrayList<>(ExecutionFixtures.defiSetup());
        blocks.add(block(3, paying(Tx.of(BOB, 0, new Action.Swap(POOL, GOLD, TokenAmount.of(1_000), TokenAmount.ZERO))),
                paying(Tx.of(BOB, 1, new Action.TokenTransfer(SILVER, CAROL, TokenAmount.of(7))))));
        List<BlockOutcome> first = ExecutionFixtures.genesis().applyAll(blocks);
        List<BlockOutcome> second = ExecutionFixtures.genesis().applyAll(blocks);
        assertEquals(3, first.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).stateRoot(), second.get(i).stateRoot(), "block " + (i + 1));
            assertEquals(first.get(i).receipts(), second.get(i).receipts());
        }
        assertNotEquals(first.get(1).stateRoot(), first.get(2).stateRoot());
    }

    @Test
    void aCopyDivergesOnlyWhenItsBlocksDo() {
        ExecutionState a = ExecutionFixtures.defi();
        ExecutionState b = a.copy();
        assertEquals(a.stateRoot(), b.stateRoot());
        b.apply(ExecutionBlock.of(3, Tx.of(BOB, 0, new Action.TokenTransfer(GOLD, CAROL, TokenAmount.of(1)))));
        assertNotEquals(a.stateRoot(), b.stateRoot());
        assertEquals(TokenAmount.of(5_000), a.tokenBalance(GOLD, BOB));
    }

    @Test
    void anEntryIsProvenAgainstTheRootAndATamperedOneIsNot() {
        ExecutionState s = ExecutionFixtures.defi();
        StateKey key = StateKey.tokenBalance(GOLD, BOB);
        EntryProof proof = s.prove(key);
        assertTrue(proof.verify(s.stateRoot()).isValid());
        EntryProof lie = new EntryProof(key, BigInteger.valueOf(5_001), proof.proof());
        assertTrue(lie.verify(s.stateRoot()).isRejectedFor(MerkleRule.WRONG_ROOT));
        Hash old = s.stateRoot();
        s.apply(ExecutionBlock.of(3, Tx.of(BOB, 0, new Action.TokenTransfer(GOLD, CAROL, TokenAmount.of(1)))));
        assertTrue(s.prove(key).verify(s.stateRoot()).isValid());
        assertTrue(!s.prove(key).verify(old).isValid(), "a proof of the new balance does not verify against the old root");
        assertThrows(IllegalArgumentException.class, () -> s.prove(StateKey.tokenBalance(GOLD, ExecutionFixtures.address(9))));
    }

    @Test
    void theEntriesTableListsWhatTheRootCommitsTo() {
        ExecutionState s = ExecutionFixtures.defi();
        assertEquals(s.size(), s.entries().rowCount());
        assertEquals(Hash.fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                ExecutionState.empty().stateRoot(), "the empty state's root is SHA-256 of nothing");
    }
}
