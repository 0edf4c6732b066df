package layers.exercises.poh;

import java.util.List;
import java.util.Optional;
import layers.l1.crypto.Hash;
import layers.l1.poh.PohEntry;
import layers.l1.poh.PohHash;
import layers.l1.poh.PohRule;

/**
 * Exercise {@code poh.verify}: re-hash a proof-of-history segment and name its first bad entry.
 * Write {@link #firstBadEntry}, then grade it: {@code ./course grade poh.verify}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Walk the entries with an index, keeping two things from one entry to the next: the hash the next entry
 *       starts from ({@code start}, then each entry's {@code hash()}) and the hashes since the last tick (0 at the
 *       start and after every tick).</li>
 *   <li>For each entry, the rules in order: {@code numHashes() < 1}; then add {@code numHashes()} to the count
 *       since the tick and compare it with {@code hashesPerTick} ({@code isTick()} tells which comparison); then
 *       re-hash. Return {@code Optional.of(new BadEntry(i, PohRule.ZERO_HASHES))} at the first failure.</li>
 *   <li>{@code PohHash.repeat(h, n)} hashes {@code n} times; {@code PohHash.mixin(h, e.mixin().get())} and
 *       {@code PohHash.next(h)} make the entry's last hash. Compare hashes with {@code equals}.</li>
 * </ol>
 */
public class MySegmentVerifier implements SegmentVerifier {

    @Override
    public Optional<BadEntry> firstBadEntry(Hash start, List<PohEntry> entries, long hashesPerTick) {
        throw new UnsupportedOperationException("exercise poh.verify: not written yet — see the hints above");
    }
}
