package layers.l1.poh;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PohVerifierTest {

    private static final long HASHES_PER_TICK = 200;
    private static final Hash SEED = Sha256.hash(new byte[]{42});

    /** 40 ticks of 200 hashes with an event every 37 hashes: 8,000 hashes, a few hundred entries. */
    private static PohRecorder honest() {
        PohRecorder poh = new PohRecorder(SEED, HASHES_PER_TICK);
        for (int i = 0; poh.tickHeight() < 40; i++) {
            poh.hash(36);
            poh.record(("event " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return poh;
    }

    private static Verdict verify(List<PohEntry> entries, int threads) {
        return PohVerifier.verifySegment(SEED, entries, HASHES_PER_TICK, threads);
    }

    private static int firstEventAfter(List<PohEntry> entries, int index) {
        int i = index;
        while (entries.get(i).isTick()) {
            i++;
        }
        return i;
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 4})
    void anHonestSegmentVerifies(int threads) {
        Verdict v = verify(honest().entries(), threads);
        assertTrue(v.isValid(), v.toString());
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 4})
    void aChangedEventIsRejectedAtItsEntry(int threads) {
        List<PohEntry> entries = new ArrayList<>(honest().entries());
        int i = firstEventAfter(entries, 150);
        PohEntry e = entries.get(i);
        entries.set(i, PohEntry.event(e.numHashes(), e.hash(), Sha256.hash("pay mallory".getBytes())));
        assertEquals(Verdict.rejected(PohRule.WRONG_HASH, "entry " + i + " of " + entries.size() + " (an event)"),
                verify(entries, threads));
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 4})
    void aChangedHashIsRejectedAtItsEntry(int threads) {
        List<PohEntry> entries = new ArrayList<>(honest().entries());
        int i = 40;
        PohEntry e = entries.get(i);
        entries.set(i, new PohEntry(e.numHashes(), PohHash.next(e.hash()), e.mixin()));
        Verdict v = verify(entries, threads);
        assertTrue(v.isRejectedFor(PohRule.WRONG_HASH), v.toString());
        assertTrue(v.detail().orElseThrow().startsWith("entry 40 of"), v.toString());
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 4})
    void reorderedEventsAreRejectedAtTheFirstMovedEntry(int threads) {
        List<PohEntry> entries = new ArrayList<>(honest().entries());
        int i = firstEventAfter(entries, 100);
        int j = firstEventAfter(entries, i + 1);
        PohEntry a = entries.get(i);
        entries.set(i, entries.get(j));
        entries.set(j, a);
        Verdict v = verify(entries, threads);
        assertTrue(v.isRejectedFor(PohRule.WRONG_HASH), v.toString());
        assertTrue(v.detail().orElseThrow().startsWith("entry " + i + " of"), v.toString());
    }

    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 2, 4})
    void aWrongHashCountIsRejectedAtItsEntry(int threads) {
        List<PohEntry> entries = new ArrayList<>(honest().entries());
        int i = firstEventAfter(entries, 60);
        PohEntry e = entries.get(i);
        entries.set(i, new PohEntry(e.numHashes() - 1, e.hash(), e.mixin()));
        Verdict v = verify(entries, threads);
        assertTrue(v.isRejectedFor(PohRule.WRONG_HASH), v.toString());
        assertTrue(v.detail().orElseThrow().startsWith("entry " + i + " of"), v.toString());
    }

    @Test
    void aForgedChainWithTooFewHashesPerTickIsRejectedEvenWithCorrectHashes() {
        // a forger who re-hashes consistently but skips work: ticks every 150 hashes instead of 200
        PohRecorder forged = new PohRecorder(SEED, 150);
        forged.tick();
        forged.tick();
        Verdict v = PohVerifier.verifySegment(SEED, forged.entries(), HASHES_PER_TICK, 2);
        assertEquals(Verdict.rejected(PohRule.TICK_SPACING,
                "entry 0 of 2 claims 150 hashes, 0 after the previous tick; a tick must come exactly 200"), v);
    }

    @Test
    void aHugeClaimedCountIsRejectedAtOnceWithoutOverflowOrEndlessHashing() {
        List<PohEntry> entries = new ArrayList<>(honest().entries());
        entries.add(1, PohEntry.event(Long.MAX_VALUE, entries.get(0).hash(), entries.get(0).hash()));
        Verdict v = verify(entries, 1);
        assertTrue(v.isRejectedFor(PohRule.TICK_SPACING), v.toString());
        assertTrue(v.detail().orElseThrow().startsWith("entry 1 of"), v.toString());
    }

    @Test
    void anEntryWithNoHashesIsRejected() {
        List<PohEntry> entries = new ArrayList<>(honest().entries());
        entries.add(3, new PohEntry(0, entries.get(2).hash(), Optional.empty()));
        Verdict v = verify(entries, 1);
        assertTrue(v.isRejectedFor(PohRule.ZERO_HASHES), v.toString());
    }

    @Test
    void theMultiThreadedVerifierAgreesWithTheSingleThreadedOneOnEveryTamperedEntry() {
        List<PohEntry> honest = honest().entries();
        for (int i = 0; i < honest.size(); i += 17) {
            List<PohEntry> entries = new ArrayList<>(honest);
            PohEntry e = entries.get(i);
            entries.set(i, new PohEntry(e.numHashes(), PohHash.next(e.hash()), e.mixin()));
            assertEquals(verify(entries, 1), verify(entries, 3), "tampered entry " + i);
        }
    }
}
