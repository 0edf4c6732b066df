package layers.exercises.sequencers;

import layers.l1.network.SimTime;

import java.util.List;

/** Arbitrum's force-inclusion rule: which delayed messages anyone may force into the L2 chain, and when. */
public interface ForceInclusion {

    /**
     * How many delayed messages the chain has read after a force-inclusion call at {@code now}: starting from
     * {@code alreadyRead}, every message in order whose {@code submittedAt + delay <= now}, stopping at the first
     * that is too young (messages are read in order, never skipping one). Returns {@code alreadyRead} if none can
     * be forced in yet.
     *
     * @param submittedAt when L1 received each delayed message, in inbox order (never decreasing)
     * @throws IllegalArgumentException if {@code alreadyRead} is negative or above the number of messages, or the
     *                                  times decrease
     */
    long forceInclusionUpTo(List<SimTime> submittedAt, long alreadyRead, SimTime delay, SimTime now);
}
