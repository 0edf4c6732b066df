package layers.l1.pow;

import layers.l1.block.BlockHeader;
import layers.l1.block.CompactTarget;
import layers.l1.block.Miner;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.notebook.Progress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.charset.StandardCharsets;

/**
 * Proof of work done for real: a chain of block headers mined with SHA-256 by {@link Miner} at an easy target, so
 * a notebook can compare the hashes each block took with the race model's expectation, {@link CompactTarget#work()}.
 */
public final class RealMining {

    /** The header time of the first block: 2009-01-03 18:15:05 UTC, Bitcoin's genesis block. */
    public static final long GENESIS_TIME = 1_231_006_505L;

    private RealMining() {
    }

    /**
     * Mines {@code blocks} headers in a chain, each on the previous one's hash, all at {@code bits}; one row per
     * block: height, nonce, hashes tried, the block hash as explorers show it, and the expected hashes.
     */
    public static Table mineChain(int blocks, CompactTarget bits, long seed, Progress progress) {
        if (blocks < 1) {
            throw new IllegalArgumentException("mine at least 1 block, not " + blocks);
        }
        Miner miner = new Miner(seed);
        IntColumn height = IntColumn.create("height");
        LongColumn nonce = LongColumn.create("nonce");
        LongColumn tried = LongColumn.create("hashesTried");
        StringColumn hash = StringColumn.create("blockHash");
        DoubleColumn expected = DoubleColumn.create("expectedHashes");
        double work = bits.work().doubleValue();
        Hash previous = Hash.ZERO;
        for (int h = 1; h <= blocks; h++) {
            Hash merkleRoot = Sha256.hash(("block " + h).getBytes(StandardCharsets.UTF_8));
            BlockHeader template = BlockHeader.of(1, previous, merkleRoot,
                    GENESIS_TIME + h * Retarget.POW_TARGET_SPACING, bits, 0);
            Miner.Result result = miner.mine(template);
            previous = result.header().hash();
            height.append(h);
            nonce.append(result.header().nonce());
            tried.append(result.hashesTried());
            hash.append(previous.toDisplayHex());
            expected.append(work);
            progress.step();
        }
        progress.done();
        return Table.create("mined headers at " + bits, height, nonce, tried, hash, expected);
    }

    public static Table mineChain(int blocks, CompactTarget bits, long seed) {
        return mineChain(blocks, bits, seed, Progress.silent("mining", blocks));
    }
}
