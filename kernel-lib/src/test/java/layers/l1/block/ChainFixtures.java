package layers.l1.block;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.Transaction;
import layers.l1.ledger.utxo.TxOutput;
import layers.l1.ledger.utxo.UnsignedTransaction;
import layers.l1.ledger.utxo.Wallet;

import java.util.ArrayList;
import java.util.List;

/**
 * A seeded 10-block chain with payments in every block after the genesis block, and helpers to build blocks on a
 * prefix of it. Block 3 holds Alice's payment of 5 bitcoin to Carol, which the tests rewrite; nothing later spends
 * Carol's coins.
 */
final class ChainFixtures {

    static final Wallet ALICE = Wallet.fromSeed(101);
    static final Wallet BOB = Wallet.fromSeed(102);
    static final Wallet CAROL = Wallet.fromSeed(103);
    static final Wallet MINER = Wallet.fromSeed(104);

    static final ChainParams PARAMS = ChainParams.easy();
    static final ChainValidator VALIDATOR = new ChainValidator(PARAMS);
    static final List<Block> TEN_BLOCKS = buildTenBlocks();

    private ChainFixtures() {
    }

    private static List<Block> buildTenBlocks() {
        ChainBuilder chain = ChainBuilder.easy(42);
        chain.mine(ALICE);                                                                        // 0
        chain.pay(ALICE, BOB.publicKey(), Amount.bitcoin(10), Amount.sats(1_000)).mine(MINER);    // 1
        chain.pay(BOB, ALICE.publicKey(), Amount.bitcoin(2), Amount.sats(500)).mine(MINER);       // 2
        chain.pay(ALICE, CAROL.publicKey(), Amount.bitcoin(5), Amount.sats(700)).mine(MINER);     // 3
        for (int height = 4; height < 10; height++) {
            chain.pay(MINER, BOB.publicKey(), Amount.bitcoin(1), Amount.sats(height))
                    .pay(BOB, ALICE.publicKey(), Amount.sats(50_000 * height), Amount.sats(100))
                    .mine(MINER);
        }
        return chain.blocks();
    }

    /** The chain state after {@code prefix}, which must be valid. */
    static ChainState stateAfter(List<Block> prefix) {
        ChainState state = new ChainState();
        for (Block b : prefix) {
            Verdict v = VALIDATOR.connectBlock(state, b);
            if (!v.isValid()) {
                throw new IllegalStateException(v.toString());
            }
        }
        return state;
    }

    /** A mined block on top of {@code prefix} with exactly {@code txs}, ten minutes after the tip. */
    static Block mineOn(List<Block> prefix, List<Transaction> txs) {
        BlockHeader tip = prefix.get(prefix.size() - 1).header();
        BlockHeader header = BlockHeader.of(1, tip.hash(), Hash.ZERO, tip.time() + 600, CompactTarget.EASY, 0);
        return new Miner(7).mine(Block.of(header, txs).withMerkleRootRecomputed());
    }

    /** A coinbase for {@code height} paying exactly the subsidy to the miner. */
    static Transaction coinbase(int height) {
        return Transaction.coinbase(height, PARAMS.blockSubsidy(height), MINER.publicKey());
    }

    /** Alice's payment in block 3, rewritten by her to pay herself instead of Carol: a valid transaction. */
    static Transaction block3PaymentRewritten() {
        Transaction original = TEN_BLOCKS.get(3).transactions().get(1);
        List<TxOutput> outputs = new ArrayList<>(original.outputs());
        outputs.set(0, new TxOutput(outputs.get(0).amount(), ALICE.publicKey()));
        return ALICE.sign(new UnsignedTransaction(original.unsigned().spends(), outputs));
    }

    /** {@code blocks} with block {@code height} replaced. */
    static List<Block> replace(List<Block> blocks, int height, Block block) {
        List<Block> changed = new ArrayList<>(blocks);
        changed.set(height, block);
        return changed;
    }
}
