package layers.l1.pos;

import java.util.Objects;

/**
 * The finality part of the beacon state: the justification bits and the three checkpoints Casper FFG keeps.
 * Immutable. Source: phase0, {@code BeaconState} fields {@code justification_bits},
 * {@code previous_justified_checkpoint}, {@code current_justified_checkpoint}, {@code finalized_checkpoint}.
 */
public record FinalityCheckpoints(JustificationBits justificationBits, Checkpoint previousJustifiedCheckpoint,
                                  Checkpoint currentJustifiedCheckpoint, Checkpoint finalizedCheckpoint) {

    public FinalityCheckpoints {
        Objects.requireNonNull(justificationBits, "justificationBits");
        Objects.requireNonNull(previousJustifiedCheckpoint, "previousJustifiedCheckpoint");
        Objects.requireNonNull(currentJustifiedCheckpoint, "currentJustifiedCheckpoint");
        Objects.requireNonNull(finalizedCheckpoint, "finalizedCheckpoint");
    }

    /** At genesis every checkpoint is the genesis checkpoint and no bit is set. */
    public static FinalityCheckpoints genesis() {
        Checkpoint g = Checkpoint.genesis();
        return new FinalityCheckpoints(JustificationBits.NONE, g, g, g);
    }
}
