package layers.l2.channels;

import java.util.Objects;

/**
 * A proposed new state and both parties' signature shares on each side's commitment transaction for it: what BOLT 2
 * exchanges as {@code commitment_signed} in both directions.
 */
public record ChannelUpdate(ChannelState state, CoSignature onCommitmentOfA, CoSignature onCommitmentOfB) {

    public ChannelUpdate {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(onCommitmentOfA, "onCommitmentOfA");
        Objects.requireNonNull(onCommitmentOfB, "onCommitmentOfB");
    }

    public CoSignature on(ChannelSide holder) {
        return holder == ChannelSide.A ? onCommitmentOfA : onCommitmentOfB;
    }

    public ChannelUpdate withState(ChannelState other) {
        return new ChannelUpdate(other, onCommitmentOfA, onCommitmentOfB);
    }

    public ChannelUpdate withSignatureOn(ChannelSide holder, CoSignature cosig) {
        return holder == ChannelSide.A ? new ChannelUpdate(state, cosig, onCommitmentOfB)
                : new ChannelUpdate(state, onCommitmentOfA, cosig);
    }
}
