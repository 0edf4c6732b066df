package layers.bench.foundations;

import layers.core.Verdict;
import layers.l1.block.Block;
import layers.l1.block.ChainBuilder;
import layers.l1.block.ChainParams;
import layers.l1.block.ChainValidator;
import layers.l1.ledger.Amount;
import layers.l1.ledger.utxo.Wallet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time to validate a chain of 10,000 blocks from genesis, as a new full node does. Each block: the easy target
 * ({@code 0x1f0fffff}, one hash in 4096), a coinbase, and two signed payments of one input and two outputs, so
 * 20,000 BIP-340 verifications in all. Each iteration validates blocks freshly parsed from bytes, so no hash or txid
 * is cached from an earlier run. Building the chain (mining and signing) is done once, outside the timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChainValidationBench {

    public static final int BLOCKS = 10_000;

    private final ChainValidator validator = new ChainValidator(ChainParams.easy());
    private List<byte[]> rawBlocks;
    private List<Block> blocks;

    @Setup(Level.Trial)
    public void buildChain() {
        rawBlocks = new ArrayList<>(BLOCKS);
        for (Block block : build(BLOCKS)) {
            rawBlocks.add(block.serialize());
        }
    }

    @Setup(Level.Iteration)
    public void parseBlocks() {
        blocks = rawBlocks.stream().map(Block::parse).toList();
    }

    @Benchmark
    public Verdict validate10000Blocks() {
        Verdict verdict = validator.validate(blocks);
        if (!verdict.isValid()) {
            throw new IllegalStateException(verdict.toString());
        }
        return verdict;
    }

    /** The chain: four seeded wallets take turns mining, and in each block two of them pay each other. */
    static List<Block> build(int count) {
        List<Wallet> wallets = List.of(Wallet.fromSeed(1), Wallet.fromSeed(2), Wallet.fromSeed(3), Wallet.fromSeed(4));
        ChainBuilder chain = ChainBuilder.easy(42);
        for (int height = 0; height < count; height++) {
            if (height >= wallets.size()) {
                Wallet a = wallets.get(height % 4);
                Wallet b = wallets.get((height + 1) % 4);
                Wallet c = wallets.get((height + 2) % 4);
                chain.pay(a, b.publicKey(), Amount.sats(100_000 + height), Amount.sats(1_000))
                        .pay(b, c.publicKey(), Amount.sats(50_000 + height), Amount.sats(500));
            }
            chain.mine(wallets.get(height % 4));
        }
        return chain.blocks();
    }
}
