package layers.l1.pos;

/**
 * A slot of the beacon chain: {@link SpecConstants#SECONDS_PER_SLOT} seconds in which one proposer may add a block.
 * A whole number, 0 or more. Immutable.
 */
public final class Slot implements Comparable<Slot> {

    /** Source: phase0, Constants, {@code GENESIS_SLOT = Slot(0)}. */
    public static final Slot GENESIS = new Slot(0);

    private final long value;

    private Slot(long value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException naming the value if it is negative
     */
    public static Slot of(long slot) {
        if (slot < 0) {
            throw new IllegalArgumentException("a slot cannot be negative: " + slot);
        }
        return slot == 0 ? GENESIS : new Slot(slot);
    }

    public long value() {
        return value;
    }

    /** The epoch this slot is in. Source: phase0, {@code compute_epoch_at_slot}. */
    public Epoch epoch() {
        return Epoch.of(value / SpecConstants.SLOTS_PER_EPOCH);
    }

    /** Seconds from genesis to the start of this slot: {@code compute_time_at_slot} minus the genesis time. */
    public long secondsSinceGenesis() {
        return Math.multiplyExact(value, SpecConstants.SECONDS_PER_SLOT);
    }

    public Slot next() {
        return of(Math.addExact(value, 1));
    }

    public Slot plus(long slots) {
        return of(Math.addExact(value, slots));
    }

    @Override
    public int compareTo(Slot other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Slot s && value == s.value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return "slot " + value;
    }
}
