package layers.exercises.poh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import layers.core.Verdict;
import layers.exercises.poh.SegmentVerifier.BadEntry;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.poh.PohEntry;
import layers.l1.poh.PohHash;
import layers.l1.poh.PohRecorder;
import layers.l1.poh.PohRule;
import layers.l1.poh.PohVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "poh.verify",
        title = "Verify a proof-of-history segment",
        contract = SegmentVerifier.class,
        statement = """
                A proof-of-history segment is a list of entries, each saying "`numHashes` hashes after the \
                previous entry, the chain reached `hash`". A tick is plain hashing; an event entry's last hash mixed \
                in the event: `SHA-256(h || mixin)`. Write `firstBadEntry`, which checks the entries in order, from \
                `start` (right after a tick), on one thread, and returns the first one that breaks a rule, with the \
                rule; empty if all are good. For each entry, in this order: `ZERO_HASHES` if it claims fewer than \
                one hash; `TICK_SPACING` if a tick does not come exactly `hashesPerTick` hashes after the previous \
                tick (or `start`), or an event comes at or after that point; `WRONG_HASH` if `numHashes - 1` plain \
                hashes from the previous entry's hash, then the entry's last hash, do not give its `hash`.""",
        hints = {
            "Walk the entries with an index, keeping two things from one entry to the next: the hash the next entry "
                    + "starts from (`start`, then each entry's `hash()`) and the hashes since the last tick (0 at the "
                    + "start and after every tick).",
            "For each entry, the rules in order: `numHashes() < 1`; then add `numHashes()` to the count since the "
                    + "tick and compare it with `hashesPerTick` (`isTick()` tells which comparison); then re-hash. "
                    + "Return `Optional.of(new BadEntry(i, PohRule.ZERO_HASHES))` at the first failure.",
            "`PohHash.repeat(h, n)` hashes `n` times; `PohHash.mixin(h, e.mixin().get())` and `PohHash.next(h)` make "
                    + "the entry's last hash. Compare hashes with `equals`."
        })
class SegmentVerifierTest {

    private static final long PER_TICK = 50;
    private static final Hash START = Sha256.hash("layers poh test".getBytes(StandardCharsets.US_ASCII));
    /** Ticks and three events: entries 0 tick, 1 event, 2 tick, 3 event, 4 event, 5 tick, 6 tick, 7 event, 8 tick. */
    private static final List<PohEntry> HONEST = honest();

    private final SegmentVerifier verifier = Implementation.of(SegmentVerifier.class);

    private static List<PohEntry> honest() {
        PohRecorder poh = new PohRecorder(START, PER_TICK);
        poh.tick();
        poh.hash(20);
        poh.record(bytes("alice pays bob 5"));
        poh.tick();
        poh.hash(7);
        poh.record(bytes("bob pays carol 2"));
        poh.record(bytes("carol pays dave 1"));
        poh.tick();
        poh.tick();
        poh.hash(48);
        poh.record(bytes("dave pays erin 9"));
        poh.tick();
        return List.copyOf(poh.entries());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static List<PohEntry> copy() {
        return new ArrayList<>(HONEST);
    }

    private Optional<BadEntry> check(List<PohEntry> entries) {
        return verifier.firstBadEntry(START, entries, PER_TICK);
    }

    private static Optional<BadEntry> bad(int index, PohRule rule) {
        return Optional.of(new BadEntry(index, rule));
    }

    @Test
    @Points(1)
    @DisplayName("an honest segment has no bad entry; neither has an empty one")
    void honestSegmentIsGood() {
        assertEquals(Optional.empty(), check(copy()), "firstBadEntry of an honest segment of 9 entries");
        assertEquals(Optional.empty(), check(List.of()), "firstBadEntry of no entries");
    }

    @Test
    @Points(2)
    @DisplayName("a tick whose hash was changed is a WRONG_HASH")
    void changedTickHash() {
        List<PohEntry> entries = copy();
        entries.set(5, PohEntry.tick(entries.get(5).numHashes(), Sha256.hash(bytes("a forged tick"))));
        assertEquals(bad(5, PohRule.WRONG_HASH), check(entries), "firstBadEntry after forging the hash of tick 5");
    }

    @Test
    @Points(1)
    @DisplayName("an event swapped for another at the same place is a WRONG_HASH")
    void swappedEvent() {
        List<PohEntry> entries = copy();
        PohEntry real = entries.get(3);
        entries.set(3, PohEntry.event(real.numHashes(), real.hash(), Sha256.hash(bytes("bob pays carol 200"))));
        assertEquals(bad(3, PohRule.WRONG_HASH), check(entries),
                "firstBadEntry after replacing event 3's mixin, hash kept");
    }

    @Test
    @Points(1)
    @DisplayName("an entry that claims no hashes is ZERO_HASHES")
    void zeroHashes() {
        List<PohEntry> entries = copy();
        PohEntry real = entries.get(4);
        entries.set(4, PohEntry.event(0, real.hash(), real.mixin().orElseThrow()));
        assertEquals(bad(4, PohRule.ZERO_HASHES), check(entries), "firstBadEntry after setting entry 4's numHashes to 0");
    }

    @Test
    @Points(1)
    @DisplayName("a tick with one hash too few is TICK_SPACING, even when its hash is right")
    void tickTooEarly() {
        List<PohEntry> entries = copy();
        PohEntry real = entries.get(6);
        Hash quicker = PohHash.next(PohHash.repeat(entries.get(5).hash(), real.numHashes() - 2));
        entries.set(6, PohEntry.tick(real.numHashes() - 1, quicker));
        assertEquals(bad(6, PohRule.TICK_SPACING), check(entries),
                "firstBadEntry after re-making tick 6 with " + (real.numHashes() - 1) + " hashes instead of "
                        + real.numHashes());
    }

    @Test
    @Points(1)
    @DisplayName("hashesPerTick below 1 is an IllegalArgumentException")
    void rejectsBadHashesPerTick() {
        assertThrows(IllegalArgumentException.class, () -> verifier.firstBadEntry(START, HONEST, 0),
                "firstBadEntry with hashesPerTick 0");
    }
}
