package layers.l1.block;

import layers.l1.crypto.Hash;
import layers.l1.ledger.utxo.TxUndo;
import layers.l1.ledger.utxo.UtxoSet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A validated chain: its blocks from genesis, the UTXO set after the tip, and each block's undo data so the tip can
 * be disconnected again. Mutable; {@link ChainValidator#connectBlock} is the only way in.
 */
public final class ChainState {

    /** How many blocks the median time past looks back over. Source: Bitcoin Core {@code nMedianTimeSpan}. */
    public static final int MEDIAN_TIME_SPAN = 11;

    private final List<Block> blocks = new ArrayList<>();
    private final List<BlockHeader> headers = new ArrayList<>();
    private final List<List<TxUndo>> undo = new ArrayList<>();
    private final UtxoSet utxos = new UtxoSet();
    private BigInteger chainWork = BigInteger.ZERO;

    /** The tip's height; -1 before the genesis block. */
    public int height() {
        return blocks.size() - 1;
    }

    /** The hash the next block must name as previous: the tip's, or zero before the genesis block. */
    public Hash tipHash() {
        return blocks.isEmpty() ? Hash.ZERO : blocks.get(blocks.size() - 1).hash();
    }

    public List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    /** The headers from genesis to the tip. */
    public List<BlockHeader> headers() {
        return Collections.unmodifiableList(headers);
    }

    /** The unspent outputs after the tip. Read it; change it only through the validator. */
    public UtxoSet utxos() {
        return utxos;
    }

    /** The sum of the blocks' work ({@link CompactTarget#work()}): what "longest chain" really means. */
    public BigInteger chainWork() {
        return chainWork;
    }

    /**
     * The median of the times of the last 11 blocks (fewer near genesis); a new block's time must exceed it.
     * Source: Bitcoin Core {@code CBlockIndex::GetMedianTimePast} (src/chain.h).
     *
     * @throws IllegalStateException before the genesis block
     */
    public long medianTimePast() {
        if (headers.isEmpty()) {
            throw new IllegalStateException("an empty chain has no median time past");
        }
        int from = Math.max(0, headers.size() - MEDIAN_TIME_SPAN);
        long[] times = headers.subList(from, headers.size()).stream().mapToLong(BlockHeader::time).toArray();
        Arrays.sort(times);
        return times[times.length / 2];
    }

    void connect(Block block, List<TxUndo> blockUndo) {
        blocks.add(block);
        headers.add(block.header());
        undo.add(blockUndo);
        chainWork = chainWork.add(block.header().bits().work());
    }

    /**
     * Removes the tip and restores the UTXO set to before it (Bitcoin Core's {@code DisconnectBlock}), as a reorg
     * does.
     *
     * @throws IllegalStateException if the chain is empty
     */
    public Block disconnectTip() {
        if (blocks.isEmpty()) {
            throw new IllegalStateException("an empty chain has no tip to disconnect");
        }
        int last = blocks.size() - 1;
        Block tip = blocks.remove(last);
        headers.remove(last);
        utxos.undoAll(tip.transactions(), undo.remove(last));
        chainWork = chainWork.subtract(tip.header().bits().work());
        return tip;
    }

    @Override
    public String toString() {
        return "ChainState(height " + height() + ", tip " + tipHash().toDisplayHex() + ", " + utxos + ")";
    }
}
