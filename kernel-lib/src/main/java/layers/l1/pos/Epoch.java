package layers.l1.pos;

/**
 * An epoch of the beacon chain: {@link SpecConstants#SLOTS_PER_EPOCH} slots, 6.4 minutes. A whole number, 0 or more.
 * Immutable. {@link #FAR_FUTURE} stands for the specification's {@code FAR_FUTURE_EPOCH} ({@code 2**64 - 1}).
 */
public final class Epoch implements Comparable<Epoch> {

    /** Source: phase0, Constants, {@code GENESIS_EPOCH = Epoch(0)}. */
    public static final Epoch GENESIS = new Epoch(0);
    /** "Never": the specification's {@code FAR_FUTURE_EPOCH}, here the largest {@code long}. */
    public static final Epoch FAR_FUTURE = new Epoch(Long.MAX_VALUE);

    private final long value;

    private Epoch(long value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException naming the value if it is negative
     */
    public static Epoch of(long epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("an epoch cannot be negative: " + epoch);
        }
        return epoch == 0 ? GENESIS : epoch == Long.MAX_VALUE ? FAR_FUTURE : new Epoch(epoch);
    }

    public long value() {
        return value;
    }

    /** The first slot of this epoch. Source: phase0, {@code compute_start_slot_at_epoch}. */
    public Slot startSlot() {
        return Slot.of(Math.multiplyExact(value, SpecConstants.SLOTS_PER_EPOCH));
    }

    /** {@link #FAR_FUTURE} stays far in the future. */
    public Epoch plus(long epochs) {
        if (this == FAR_FUTURE) {
            return FAR_FUTURE;
        }
        return of(Math.addExact(value, epochs));
    }

    /** The epoch before, or genesis at genesis: the specification's {@code get_previous_epoch}. */
    public Epoch previous() {
        return value == 0 ? GENESIS : of(value - 1);
    }

    public boolean isAfter(Epoch other) {
        return value > other.value;
    }

    public boolean isBefore(Epoch other) {
        return value < other.value;
    }

    @Override
    public int compareTo(Epoch other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Epoch e && value == e.value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return this == FAR_FUTURE ? "epoch FAR_FUTURE" : "epoch " + value;
    }
}
