package layers.l1.pos;

import layers.l1.crypto.Hash;

import java.util.Objects;

/**
 * What a validator votes for in an attestation: the head block it sees (the LMD-GHOST vote) and the Casper FFG link
 * from a justified {@code source} checkpoint to a {@code target} checkpoint. Source: phase0, Containers,
 * {@code AttestationData}; the committee {@code index} is left out because this model has no committees.
 */
public record AttestationData(Slot slot, Hash beaconBlockRoot, Checkpoint source, Checkpoint target) {

    public AttestationData {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(beaconBlockRoot, "beaconBlockRoot");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }

    /** A vote for the link {@code source → target}, made in the target's first slot with the target as head. */
    public static AttestationData link(Checkpoint source, Checkpoint target) {
        return new AttestationData(target.epoch().startSlot(), target.root(), source, target);
    }

    @Override
    public String toString() {
        return "vote " + source + " → " + target + " at " + slot;
    }
}
