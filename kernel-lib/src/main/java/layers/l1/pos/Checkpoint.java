package layers.l1.pos;

import layers.l1.crypto.Hash;

import java.util.Objects;

/**
 * A Casper FFG checkpoint: the block at the start of an epoch, named by its epoch and root. Validators vote for links
 * between checkpoints; a checkpoint becomes justified, then finalized. Source: phase0, Containers, {@code Checkpoint}.
 */
public record Checkpoint(Epoch epoch, Hash root) {

    public Checkpoint {
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(root, "root");
    }

    /** The genesis checkpoint, with the specification's {@code 0x00} stub root. */
    public static Checkpoint genesis() {
        return new Checkpoint(Epoch.GENESIS, Hash.ZERO);
    }

    @Override
    public String toString() {
        return "(" + epoch.value() + ", " + root.toHex().substring(0, 8) + "…)";
    }
}
