package layers.l1.pos;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The roots of the blocks at the start of each epoch on one chain ({@code get_block_root}), standing in for real
 * blocks: the root of epoch {@code e} on chain {@code label} is {@code SHA-256(label || e)}. A fork keeps its parent's
 * roots before the epoch it splits off and has its own from then on, so two sides of a partition vote for different
 * checkpoints. Immutable.
 */
public final class BlockRoots {

    private final String label;
    private final long forkEpoch;
    private final BlockRoots parent;

    private BlockRoots(String label, long forkEpoch, BlockRoots parent) {
        this.label = label;
        this.forkEpoch = forkEpoch;
        this.parent = parent;
    }

    /** A chain from genesis. */
    public static BlockRoots chain(String label) {
        return new BlockRoots(label, 0, null);
    }

    /** A chain that shares this one's blocks before {@code epoch} and has its own from {@code epoch} on. */
    public BlockRoots fork(String forkLabel, Epoch epoch) {
        if (forkLabel.equals(label)) {
            throw new IllegalArgumentException("a fork needs a label of its own, not '" + forkLabel + "' again");
        }
        return new BlockRoots(forkLabel, epoch.value(), this);
    }

    /** The root of the block at the start of {@code epoch}. */
    public Hash getBlockRoot(Epoch epoch) {
        if (epoch.value() < forkEpoch) {
            return parent.getBlockRoot(epoch);
        }
        byte[] name = label.getBytes(StandardCharsets.UTF_8);
        byte[] number = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(epoch.value()).array();
        return Sha256.hash(name, number);
    }

    public String label() {
        return label;
    }
}
