package layers.l1.execution;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Writes kept apart from the state below until committed: the execution layer's journal. A transaction's action
 * runs in an overlay over the block's, which runs over the state; a revert drops the overlay, a success commits it.
 * A zero value is stored as absent (as EVM storage is).
 */
final class Overlay {

    private final Overlay parent;
    private final NavigableMap<StateKey, BigInteger> base;
    private final Map<StateKey, BigInteger> writes = new HashMap<>();

    private Overlay(Overlay parent, NavigableMap<StateKey, BigInteger> base) {
        this.parent = parent;
        this.base = base;
    }

    static Overlay over(NavigableMap<StateKey, BigInteger> base) {
        return new Overlay(null, base);
    }

    Overlay child() {
        return new Overlay(this, null);
    }

    BigInteger get(StateKey key) {
        BigInteger v = writes.get(key);
        if (v != null) {
            return v;
        }
        if (parent != null) {
            return parent.get(key);
        }
        return base.getOrDefault(key, BigInteger.ZERO);
    }

    void put(StateKey key, BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalStateException("state values are unsigned, " + key + " would be " + value);
        }
        writes.put(key, value);
    }

    /** Moves the writes into the parent overlay, or into the state if this is the outermost. */
    void commit() {
        for (Map.Entry<StateKey, BigInteger> e : writes.entrySet()) {
            if (parent != null) {
                parent.put(e.getKey(), e.getValue());
            } else if (e.getValue().signum() == 0) {
                base.remove(e.getKey());
            } else {
                base.put(e.getKey(), e.getValue());
            }
        }
        writes.clear();
    }
}
