package layers.exercises.poh;

import java.util.List;
import java.util.Optional;
import layers.l1.crypto.Hash;
import layers.l1.poh.PohEntry;
import layers.l1.poh.PohRule;

/**
 * Checks a proof-of-history segment by re-hashing it, one entry after the other, on one thread.
 */
public interface SegmentVerifier {

    /** The first entry that breaks a rule: its position in the list (from 0) and the rule. */
    record BadEntry(int index, PohRule rule) {
    }

    /**
     * The first entry of {@code entries} that breaks a rule, or empty if none does. The segment starts at hash
     * {@code start}, right after a tick. Entries are checked in order, and each entry against these rules in this
     * order:
     * <ol>
     *   <li>{@link PohRule#ZERO_HASHES}: its {@code numHashes} is less than 1;</li>
     *   <li>{@link PohRule#TICK_SPACING}: counting every entry's {@code numHashes} since the previous tick (or since
     *       {@code start}), a tick must come at exactly {@code hashesPerTick}, and an event must come before
     *       {@code hashesPerTick};</li>
     *   <li>{@link PohRule#WRONG_HASH}: starting from the previous entry's hash ({@code start} for the first entry),
     *       {@code numHashes - 1} plain hashes, then one last hash, {@code SHA-256(h || mixin)} for an event or
     *       {@code SHA-256(h)} for a tick, do not give the entry's {@code hash}.</li>
     * </ol>
     *
     * @throws IllegalArgumentException if {@code hashesPerTick < 1}
     */
    Optional<BadEntry> firstBadEntry(Hash start, List<PohEntry> entries, long hashesPerTick);
}
