package layers.l1.block;

import layers.core.Verdict;
import layers.l1.ledger.Amount;
import layers.l1.ledger.MalformedException;
import layers.l1.ledger.utxo.OutPoint;
import layers.l1.ledger.utxo.Transaction;
import layers.l1.ledger.utxo.TxOutput;
import layers.l1.ledger.utxo.TxRule;
import layers.l1.ledger.utxo.UnsignedTransaction;
import layers.l1.crypto.Hash;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import static layers.l1.block.ChainFixtures.ALICE;
import static layers.l1.block.ChainFixtures.BOB;
import static layers.l1.block.ChainFixtures.CAROL;
import static layers.l1.block.ChainFixtures.MINER;
import static layers.l1.block.ChainFixtures.TEN_BLOCKS;
import static layers.l1.block.ChainFixtures.VALIDATOR;
import static layers.l1.block.ChainFixtures.coinbase;
import static layers.l1.block.ChainFixtures.mineOn;
import static layers.l1.block.ChainFixtures.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainValidatorTest {

    private static void assertRejected(Verdict v, layers.core.Rule rule, String detailStart) {
        assertTrue(v.isRejectedFor(rule), v.toString());
        assertTrue(v.detail().orElseThrow().startsWith(detailStart), v.toString());
    }

    @Test
    void honestChainOfTenBlocksIsValid() {
        assertEquals(Verdict.valid(), VALIDATOR.validate(TEN_BLOCKS));
    }

    @Test
    void genesisBlockAloneIsAValidChain() {
        assertTrue(VALIDATOR.validate(TEN_BLOCKS.subList(0, 1)).isValid());
    }

    // --- rewriting history: change a transaction in block 3 of 10 ---

    private final Block block3Rewritten = TEN_BLOCKS.get(3).withTransaction(1, ChainFixtures.block3PaymentRewritten());

    @Test
    void changingATransactionInBlock3BreaksItsMerkleRoot() {
        Verdict v = VALIDATOR.validate(replace(TEN_BLOCKS, 3, block3Rewritten));
        assertRejected(v, BlockRule.MERKLE_ROOT_MISMATCH, "block 3:");
    }

    @Test
    void recomputingBlock3sMerkleRootBreaksItsProofOfWork() {
        Verdict v = VALIDATOR.validate(replace(TEN_BLOCKS, 3, block3Rewritten.withMerkleRootRecomputed()));
        assertRejected(v, BlockRule.HIGH_HASH, "block 3:");
    }

    @Test
    void reminingBlock3BreaksBlock4sLinkToIt() {
        Block remined = new Miner(1).mine(block3Rewritten.withMerkleRootRecomputed());
        Verdict v = VALIDATOR.validate(replace(TEN_BLOCKS, 3, remined));
        assertRejected(v, BlockRule.PREVIOUS_HASH_MISMATCH, "block 4:");
    }

    @Test
    void rewritingBlock3TakesReminingEveryLaterBlock() {
        Miner miner = new Miner(1);
        List<Block> rewritten = new ArrayList<>(TEN_BLOCKS);
        rewritten.set(3, miner.mine(block3Rewritten.withMerkleRootRecomputed()));
        long hashes = 0;
        for (int h = 4; h < 10; h++) {
            BlockHeader relinked = rewritten.get(h).header().withPreviousHash(rewritten.get(h - 1).hash());
            Miner.Result result = miner.mine(relinked);
            hashes += result.hashesTried();
            rewritten.set(h, rewritten.get(h).withHeader(result.header()));
        }
        assertTrue(VALIDATOR.validate(rewritten).isValid());
        assertTrue(hashes > 6 * 1_000, "re-mining six blocks took only " + hashes + " hashes");
    }

    @Test
    void changingAnAmountWithoutTheOwnersKeyFailsItsSignatureEvenWhenRemined() {
        Transaction original = TEN_BLOCKS.get(3).transactions().get(1);
        List<TxOutput> outputs = new ArrayList<>(original.outputs());
        outputs.set(0, new TxOutput(Amount.bitcoin(1), CAROL.publicKey()));
        outputs.set(1, new TxOutput(outputs.get(1).amount().plus(Amount.bitcoin(4)), BOB.publicKey()));
        Block forged = new Miner(1).mine(TEN_BLOCKS.get(3).withTransaction(1, original.withOutputs(outputs))
                .withMerkleRootRecomputed());
        Verdict v = VALIDATOR.validate(replace(TEN_BLOCKS, 3, forged));
        assertRejected(v, TxRule.BAD_SIGNATURE, "block 3, transaction 1");
    }

    // --- header rules ---

    @Test
    void genesisBlockMustNameTheZeroHashAsPrevious() {
        Block genesis = TEN_BLOCKS.get(0);
        Block moved = new Miner(1).mine(genesis.withHeader(genesis.header().withPreviousHash(TEN_BLOCKS.get(5).hash())));
        assertRejected(VALIDATOR.validate(List.of(moved)), BlockRule.PREVIOUS_HASH_MISMATCH, "block 0:");
    }

    @Test
    void easierBitsThanRequiredAreRejected() {
        Block block5 = TEN_BLOCKS.get(5);
        Block easier = new Miner(1).mine(block5.withHeader(block5.header().withBits(CompactTarget.REGTEST)));
        Verdict v = VALIDATOR.validate(replace(TEN_BLOCKS, 5, easier).subList(0, 6));
        assertRejected(v, BlockRule.BAD_DIFFICULTY_BITS, "block 5:");
    }

    @Test
    void unusableBitsFailTheProofOfWork() {
        Block block5 = TEN_BLOCKS.get(5);
        Block negative = block5.withHeader(block5.header().withBits(CompactTarget.of(0x1f8fffffL)));
        Verdict v = VALIDATOR.validate(replace(TEN_BLOCKS, 5, negative).subList(0, 6));
        assertRejected(v, BlockRule.HIGH_HASH, "block 5: bits 0x1f8fffff have the sign bit set");
    }

    private Verdict validateBlock5WithTime(long time) {
        Block block5 = TEN_BLOCKS.get(5);
        Block retimed = new Miner(1).mine(block5.withHeader(block5.header().withTime(time)));
        return VALIDATOR.validate(replace(TEN_BLOCKS, 5, retimed).subList(0, 6));
    }

    @Test
    void timeAtTheMedianOfThePreviousBlocksIsRejected() {
        long median = TEN_BLOCKS.get(2).header().time(); // the median of blocks 0 to 4
        assertRejected(validateBlock5WithTime(median), BlockRule.TIME_TOO_OLD, "block 5:");
    }

    @Test
    void timeMayGoBackwardsAsLongAsItIsAfterTheMedian() {
        long median = TEN_BLOCKS.get(2).header().time();
        assertTrue(median + 1 < TEN_BLOCKS.get(4).header().time());
        assertTrue(validateBlock5WithTime(median + 1).isValid());
    }

    // --- body rules ---

    @Test
    void blockWithoutTransactionsIsRejected() {
        Block empty = TEN_BLOCKS.get(5).withTransactions(List.of());
        assertRejected(VALIDATOR.validate(replace(TEN_BLOCKS, 5, empty)), BlockRule.NO_TRANSACTIONS, "block 5:");
    }

    @Test
    void repeatingTheLastTransactionKeepsTheMerkleRootButIsRejected_CVE_2012_2459() {
        Block block5 = TEN_BLOCKS.get(5);
        assertEquals(3, block5.transactions().size());
        List<Transaction> mutated = new ArrayList<>(block5.transactions());
        mutated.add(mutated.get(2));
        Block mutant = block5.withTransactions(mutated);
        assertEquals(block5.header().merkleRoot(), mutant.computeMerkleRoot());
        assertRejected(VALIDATOR.validate(replace(TEN_BLOCKS, 5, mutant)), BlockRule.DUPLICATE_TRANSACTION,
                "block 5: transactions 2 and 3");
    }

    @Test
    void blockWhoseFirstTransactionIsNotACoinbaseIsRejected() {
        List<Block> prefix = TEN_BLOCKS.subList(0, 5);
        List<Transaction> swapped = new ArrayList<>(TEN_BLOCKS.get(5).transactions());
        swapped.add(swapped.remove(0));
        Verdict v = VALIDATOR.validate(append(prefix, mineOn(prefix, swapped)));
        assertRejected(v, BlockRule.FIRST_NOT_COINBASE, "block 5:");
    }

    @Test
    void blockWithTwoCoinbasesIsRejected() {
        List<Block> prefix = TEN_BLOCKS.subList(0, 5);
        Transaction second = Transaction.coinbase(5, Amount.sats(1), ALICE.publicKey());
        Verdict v = VALIDATOR.validate(append(prefix, mineOn(prefix, List.of(coinbase(5), second))));
        assertRejected(v, BlockRule.MULTIPLE_COINBASES, "block 5: transaction 1");
    }

    @Test
    void coinbaseStatingAnotherHeightIsRejected() {
        List<Block> prefix = TEN_BLOCKS.subList(0, 5);
        Verdict v = VALIDATOR.validate(append(prefix, mineOn(prefix, List.of(coinbase(4)))));
        assertRejected(v, BlockRule.BAD_COINBASE_HEIGHT, "block 5: the coinbase states height 4");
    }

    @Test
    void coinbasePayingTheSubsidyExactlyIsValid() {
        List<Block> prefix = TEN_BLOCKS.subList(0, 5);
        assertTrue(VALIDATOR.validate(append(prefix, mineOn(prefix, List.of(coinbase(5))))).isValid());
    }

    @Test
    void coinbasePayingMoreThanSubsidyPlusFeesIsRejected() {
        List<Block> prefix = TEN_BLOCKS.subList(0, 5);
        Transaction greedy = Transaction.coinbase(5, Amount.bitcoin(50).plus(Amount.sats(1)), MINER.publicKey());
        Verdict v = VALIDATOR.validate(append(prefix, mineOn(prefix, List.of(greedy))));
        assertRejected(v, BlockRule.BAD_COINBASE_AMOUNT, "block 5: the coinbase pays 5000000001 sat");
    }

    @Test
    void transactionBreakingAContextFreeRuleIsNamedByItsRule() {
        List<Block> prefix = TEN_BLOCKS.subList(0, 5);
        Transaction noInputs = Transaction.of(List.of(), List.of(new TxOutput(Amount.sats(1), BOB.publicKey())));
        Verdict v = VALIDATOR.validate(append(prefix, mineOn(prefix, List.of(coinbase(5), noInputs))));
        assertRejected(v, TxRule.NO_INPUTS, "block 5, transaction 1");
    }

    // --- double spends ---

    @Test
    void twoTransactionsOfOneBlockSpendingTheSameOutputAreADoubleSpend() {
        List<Block> prefix = TEN_BLOCKS.subList(0, 5);
        ChainState state = ChainFixtures.stateAfter(prefix);
        Transaction toBob = ALICE.pay(state.utxos(), BOB.publicKey(), Amount.bitcoin(1), Amount.ZERO);
        Transaction toCarol = ALICE.pay(state.utxos(), CAROL.publicKey(), Amount.bitcoin(1), Amount.ZERO);
        assertEquals(toBob.unsigned().spends(), toCarol.unsigned().spends());
        Verdict v = VALIDATOR.validate(append(prefix, mineOn(prefix, List.of(coinbase(5), toBob, toCarol))));
        assertRejected(v, TxRule.DOUBLE_SPEND, "block 5, transaction 2");
    }

    @Test
    void spendingAnOutputSpentInAnEarlierBlockIsADoubleSpend() {
        List<Block> prefix = TEN_BLOCKS.subList(0, 5);
        Transaction block1Payment = TEN_BLOCKS.get(1).transactions().get(1);
        OutPoint spentInBlock1 = block1Payment.unsigned().spends().get(0);
        Transaction again = ALICE.sign(new UnsignedTransaction(List.of(spentInBlock1),
                List.of(new TxOutput(Amount.bitcoin(50), CAROL.publicKey()))));
        Verdict v = VALIDATOR.validate(append(prefix, mineOn(prefix, List.of(coinbase(5), again))));
        assertRejected(v, TxRule.DOUBLE_SPEND, "block 5, transaction 1");
        assertTrue(v.detail().orElseThrow().contains("already spent by " + block1Payment.txid().toDisplayHex()));
    }

    @Test
    void spendingAnOutputThatNeverExistedIsAMissingInput() {
        List<Block> prefix = TEN_BLOCKS.subList(0, 5);
        Transaction fromNowhere = ALICE.sign(new UnsignedTransaction(List.of(new OutPoint(Hash.fromHex("22".repeat(32)),
                0)), List.of(new TxOutput(Amount.sats(1), CAROL.publicKey()))));
        Verdict v = VALIDATOR.validate(append(prefix, mineOn(prefix, List.of(coinbase(5), fromNowhere))));
        assertRejected(v, TxRule.MISSING_INPUT, "block 5, transaction 1");
    }

    // --- state ---

    @Test
    void rejectedBlockLeavesTheUtxoSetUnchanged() {
        List<Block> prefix = TEN_BLOCKS.subList(0, 5);
        ChainState state = ChainFixtures.stateAfter(prefix);
        var before = new HashMap<>(state.utxos().unspentOutputs());
        Transaction greedy = Transaction.coinbase(5, Amount.bitcoin(51), MINER.publicKey());
        Transaction payment = BOB.pay(state.utxos(), CAROL.publicKey(), Amount.sats(1_000), Amount.ZERO);
        Verdict v = VALIDATOR.connectBlock(state, mineOn(prefix, List.of(greedy, payment)));
        assertTrue(v.isRejectedFor(BlockRule.BAD_COINBASE_AMOUNT), v.toString());
        assertEquals(before, new HashMap<>(state.utxos().unspentOutputs()));
        assertEquals(4, state.height());
    }

    @Test
    void disconnectingTheTipRestoresTheUtxoSet() {
        ChainState nine = ChainFixtures.stateAfter(TEN_BLOCKS.subList(0, 9));
        ChainState ten = ChainFixtures.stateAfter(TEN_BLOCKS);
        assertEquals(TEN_BLOCKS.get(9), ten.disconnectTip());
        assertEquals(new HashMap<>(nine.utxos().unspentOutputs()), new HashMap<>(ten.utxos().unspentOutputs()));
        assertEquals(nine.tipHash(), ten.tipHash());
        assertEquals(nine.chainWork(), ten.chainWork());
    }

    @Test
    void supplyIsTheSumOfTheSubsidies() {
        ChainState state = ChainFixtures.stateAfter(TEN_BLOCKS);
        assertEquals(Amount.bitcoin(500), state.utxos().total());
    }

    @Test
    void chainWorkIsTheSumOfEachBlocksWork() {
        ChainState state = ChainFixtures.stateAfter(TEN_BLOCKS);
        assertEquals(CompactTarget.EASY.work().multiply(java.math.BigInteger.TEN), state.chainWork());
    }

    @Test
    void parsedChainIsValidToo() {
        List<Block> parsed = TEN_BLOCKS.stream().map(b -> Block.parse(b.serialize())).toList();
        assertEquals(TEN_BLOCKS, parsed);
        assertTrue(VALIDATOR.validate(parsed).isValid());
    }

    @Test
    void malformedTransactionInABlockIsNamedWithItsOffsetInTheBlock() {
        byte[] raw = TEN_BLOCKS.get(1).serialize();
        int firstByteOfTransaction1 = BlockHeader.SIZE + 4 + 4 + TEN_BLOCKS.get(1).transactions().get(0).serialize().length
                + 4;
        raw[firstByteOfTransaction1] = 9;
        MalformedException e = assertThrows(MalformedException.class, () -> Block.parse(raw));
        assertEquals("transaction 1: kind is 0x9, not 0x00 or 0x01 (at byte " + firstByteOfTransaction1 + ")",
                e.getMessage());
    }

    @Test
    void validatingDoesNotDependOnTheBuildersOwnState() {
        assertFalse(TEN_BLOCKS.isEmpty());
        assertTrue(new ChainValidator(ChainParams.easy()).validate(TEN_BLOCKS).isValid());
    }

    private static List<Block> append(List<Block> prefix, Block block) {
        List<Block> out = new ArrayList<>(prefix);
        out.add(block);
        return out;
    }
}
