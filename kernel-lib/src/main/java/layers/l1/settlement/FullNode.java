package layers.l1.settlement;

import layers.core.Verdict;
import layers.l1.block.Block;
import layers.l1.block.BlockHeader;
import layers.l1.block.ChainParams;
import layers.l1.block.ChainState;
import layers.l1.block.ChainValidator;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A full node: it trusts nothing it has not checked. It validates every block from genesis with
 * {@link ChainValidator} (proof of work, linkage, Merkle root, every signature, no double spend, the coinbase amount)
 * and stores every block, so its cost grows with the chain's history. A block whose transactions it was not given is
 * not followed: it cannot be validated ({@link SettlementRule#DATA_UNAVAILABLE}). Not thread-safe.
 */
public final class FullNode {

    private final ChainValidator validator;
    private final ChainState state = new ChainState();
    private long storedBytes;
    private long transactions;
    private long nanos;

    public FullNode(ChainParams params) {
        this.validator = new ChainValidator(Objects.requireNonNull(params, "params"));
    }

    /** A node for {@link ChainParams#easy()}, the course's chains. */
    public static FullNode easy() {
        return new FullNode(ChainParams.easy());
    }

    /** Validates {@code block} as the next one and, if valid, connects and stores it. */
    public Verdict receive(Block block) {
        long start = System.nanoTime();
        Verdict v = validator.connectBlock(state, block);
        nanos += System.nanoTime() - start;
        if (v.isValid()) {
            storedBytes += block.serialize().length;
            transactions += block.transactions().size();
        }
        return v;
    }

    /**
     * A header announced with its transactions, or without them ({@code body} empty): without them the node cannot
     * run any check but the header's, so it does not follow the block.
     */
    public Verdict receive(BlockHeader header, Optional<Block> body) {
        if (body.isEmpty()) {
            return Verdict.rejected(SettlementRule.DATA_UNAVAILABLE, "block " + (state.height() + 1) + " ("
                    + header.hash().toDisplayHex() + "): header received, transactions withheld");
        }
        if (!body.get().header().equals(header)) {
            throw new IllegalArgumentException("the body's header is not the announced header");
        }
        return receive(body.get());
    }

    /** A fresh node's initial sync: validates {@code blocks} from genesis, timed. */
    public static SyncReport syncFromGenesis(ChainParams params, List<Block> blocks) {
        FullNode node = new FullNode(params);
        Verdict verdict = Verdict.valid();
        for (Block b : blocks) {
            verdict = node.receive(b);
            if (!verdict.isValid()) {
                break;
            }
        }
        return new SyncReport(node.height() + 1, node.transactions, node.storedBytes, node.nanos, verdict);
    }

    /** The height of the validated tip; -1 before genesis. */
    public int height() {
        return state.height();
    }

    /** The bytes of every block stored, as serialized. */
    public long storageBytes() {
        return storedBytes;
    }

    /** Seconds spent validating so far. */
    public double secondsVerifying() {
        return nanos / 1e9;
    }

    /** The validated chain. */
    public ChainState state() {
        return state;
    }
}
