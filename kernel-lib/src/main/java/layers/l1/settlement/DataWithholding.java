package layers.l1.settlement;

import layers.core.Verdict;
import layers.l1.block.Block;
import layers.l1.block.BlockHeader;
import layers.l1.block.ChainParams;
import layers.l1.block.Miner;
import layers.l1.crypto.Hash;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.Transaction;
import layers.l1.ledger.utxo.Wallet;
import layers.l1.merkle.BitcoinMerkleTree;
import layers.l1.merkle.MerkleProof;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Optional;

/**
 * What breaks when a block's data is withheld. A miner builds an invalid block on a valid chain (its coinbase pays a
 * victim 1,000 bitcoin, far over the subsidy), mines a valid proof of work for it, publishes the header and keeps
 * the transactions. The full node cannot validate the block, so it does not follow it. The light client checks what
 * a header allows, accepts it, and even accepts a Merkle proof that the victim was paid. When the data is finally
 * revealed, the full node rejects the block for its coinbase amount; the light client never could.
 */
public final class DataWithholding {

    /** The coinbase amount of the withheld block: over the subsidy, so the block is invalid. */
    public static final Amount INFLATED_COINBASE = Amount.bitcoin(1_000);

    /**
     * Each step's verdicts and the block.
     *
     * @param withheld                the invalid block whose header was published
     * @param paymentTxid             the victim's "payment": the block's coinbase
     * @param fullNodeWithoutData     the full node on the header alone: {@link SettlementRule#DATA_UNAVAILABLE}
     * @param lightClientHeader       the light client on the header: valid
     * @param lightClientPaymentProof the light client on the Merkle proof of the payment: valid
     * @param fullNodeWithData        the full node once the transactions are revealed: {@code BAD_COINBASE_AMOUNT}
     */
    public record Outcome(Block withheld, Hash paymentTxid, Verdict fullNodeWithoutData, Verdict lightClientHeader,
                          Verdict lightClientPaymentProof, Verdict fullNodeWithData) {

        /** One row per step: {@code step}, {@code fullNode}, {@code lightClient}. */
        public Table table() {
            StringColumn step = StringColumn.create("step");
            StringColumn full = StringColumn.create("fullNode");
            StringColumn light = StringColumn.create("lightClient");
            step.append("header published, transactions withheld");
            full.append(fullNodeWithoutData.toString());
            light.append(lightClientHeader.toString());
            step.append("Merkle proof that the victim was paid");
            full.append("(does not follow the block)");
            light.append(lightClientPaymentProof.toString());
            step.append("transactions revealed");
            full.append(fullNodeWithData.toString());
            light.append("(cannot check transactions)");
            return Table.create("data withheld", step, full, light);
        }
    }

    private DataWithholding() {
    }

    /** A valid chain of {@code honestBlocks} blocks, then the withheld block on top of it. */
    public static Outcome run(int honestBlocks, long seed) {
        ChainParams params = ChainParams.easy();
        List<Block> chain = DemoChain.build(honestBlocks, 1, seed);
        FullNode full = new FullNode(params);
        LightClient light = new LightClient(params);
        for (Block b : chain) {
            Verdict f = full.receive(b);
            Verdict l = light.acceptHeader(b.header());
            if (!f.isValid() || !l.isValid()) {
                throw new IllegalStateException("the honest chain should be valid: " + f + ", " + l);
            }
        }
        Block withheld = invalidBlockOn(chain, params, Wallet.fromSeed(seed * 4 + 99), seed);
        Hash payment = withheld.transactions().get(0).txid();
        MerkleProof proof = BitcoinMerkleTree.of(withheld.txids()).proof(0);

        Verdict fullWithout = full.receive(withheld.header(), Optional.empty());
        Verdict lightHeader = light.acceptHeader(withheld.header());
        Verdict lightProof = light.verifyInclusion(payment, proof, withheld.hash());
        Verdict fullWith = full.receive(withheld.header(), Optional.of(withheld));
        return new Outcome(withheld, payment, fullWithout, lightHeader, lightProof, fullWith);
    }

    /** A block on {@code chain}'s tip whose coinbase pays {@link #INFLATED_COINBASE} to {@code victim}, properly mined. */
    static Block invalidBlockOn(List<Block> chain, ChainParams params, Wallet victim, long seed) {
        int height = chain.size();
        BlockHeader tip = chain.get(height - 1).header();
        Transaction coinbase = Transaction.coinbase(height, INFLATED_COINBASE, victim.publicKey());
        Hash root = BitcoinMerkleTree.root(List.of(coinbase.txid()));
        BlockHeader template = BlockHeader.of(1, tip.hash(), root, tip.time() + 600,
                params.workRequired().nextWorkRequired(chain.stream().map(Block::header).toList()), 0);
        BlockHeader mined = new Miner(seed).mine(template).header();
        return Block.of(mined, List.of(coinbase));
    }
}
