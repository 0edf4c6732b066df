package layers.l1.block;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.keys.XOnlyPublicKey;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.Transaction;
import layers.l1.ledger.utxo.UtxoSet;
import layers.l1.ledger.utxo.UtxoValidator;
import layers.l1.ledger.utxo.Wallet;
import layers.l1.merkle.BitcoinMerkleTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds valid chains for tests and notebooks: collects payments, then mines them into a block with a coinbase that
 * takes the subsidy and the fees, one block every ten minutes of block time. Deterministic for a given seed and
 * sequence of calls. Every block it mines is connected through a {@link ChainValidator}, so what it builds is valid.
 */
public final class ChainBuilder {

    /** Bitcoin's genesis time, where the course's chains start too. */
    public static final long GENESIS_TIME = 1_231_006_505L;
    /** Seconds of block time between blocks: Bitcoin's target spacing. */
    public static final long BLOCK_INTERVAL = 600;

    private final ChainValidator validator;
    private final ChainState state = new ChainState();
    private final Miner miner;
    private final UtxoSet view = new UtxoSet(); // the UTXO set with the pending payments applied
    private final List<Transaction> pending = new ArrayList<>();
    private Amount pendingFees = Amount.ZERO;
    private long hashesTried;

    public ChainBuilder(ChainParams params, long seed) {
        this.validator = new ChainValidator(params);
        this.miner = new Miner(seed);
    }

    /** A builder for {@link ChainParams#easy()}. */
    public static ChainBuilder easy(long seed) {
        return new ChainBuilder(ChainParams.easy(), seed);
    }

    /** Adds a payment from {@code from}'s coins (including change from payments still pending) to the next block. */
    public ChainBuilder pay(Wallet from, XOnlyPublicKey to, Amount amount, Amount fee) {
        return include(from.pay(view, to, amount, fee));
    }

    /**
     * Adds {@code tx} to the next block.
     *
     * @throws IllegalArgumentException with the verdict if {@code tx} is not valid after the pending payments
     */
    public ChainBuilder include(Transaction tx) {
        Verdict verdict = UtxoValidator.validate(tx, view);
        if (!verdict.isValid() || tx.isCoinbase()) {
            throw new IllegalArgumentException("cannot include " + tx.txid().toDisplayHex() + ": "
                    + (tx.isCoinbase() ? "the builder makes the coinbase" : verdict));
        }
        pendingFees = pendingFees.plus(UtxoValidator.fee(tx, view));
        view.apply(tx);
        pending.add(tx);
        return this;
    }

    /** Mines the pending payments into the next block, its coinbase paying subsidy and fees to {@code minerKey}. */
    public Block mine(XOnlyPublicKey minerKey) {
        Objects.requireNonNull(minerKey, "minerKey");
        int height = state.height() + 1;
        Amount reward = validator.params().blockSubsidy(height).plus(pendingFees);
        List<Transaction> txs = new ArrayList<>();
        txs.add(Transaction.coinbase(height, reward, minerKey));
        txs.addAll(pending);
        long time = height == 0 ? GENESIS_TIME : state.headers().get(height - 1).time() + BLOCK_INTERVAL;
        Hash merkleRoot = BitcoinMerkleTree.root(txs.stream().map(Transaction::txid).toList());
        CompactTarget bits = validator.params().workRequired().nextWorkRequired(state.headers());
        BlockHeader template = BlockHeader.of(1, state.tipHash(), merkleRoot, time, bits, 0);
        Miner.Result mined = miner.mine(template);
        hashesTried += mined.hashesTried();
        Block block = Block.of(mined.header(), txs);
        Verdict verdict = validator.connectBlock(state, block);
        if (!verdict.isValid()) {
            throw new IllegalStateException("the builder mined an invalid block: " + verdict);
        }
        view.apply(txs.get(0));
        pending.clear();
        pendingFees = Amount.ZERO;
        return block;
    }

    /** {@link #mine} for a wallet. */
    public Block mine(Wallet minerWallet) {
        return mine(minerWallet.publicKey());
    }

    /** Mines {@code count} blocks (the first with the pending payments), all paying {@code minerWallet}. */
    public ChainBuilder mineBlocks(int count, Wallet minerWallet) {
        for (int i = 0; i < count; i++) {
            mine(minerWallet);
        }
        return this;
    }

    /** The blocks so far, genesis first. */
    public List<Block> blocks() {
        return List.copyOf(state.blocks());
    }

    /** The validated chain: tip, UTXO set, chain work. */
    public ChainState state() {
        return state;
    }

    /** The UTXO set after the tip and the pending payments. */
    public UtxoSet utxos() {
        return view;
    }

    /** Hashes tried by the miner over all blocks. */
    public long hashesTried() {
        return hashesTried;
    }

    public Miner miner() {
        return miner;
    }
}
