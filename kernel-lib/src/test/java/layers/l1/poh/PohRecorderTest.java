package layers.l1.poh;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PohRecorderTest {

    private static final Hash SEED = Sha256.hash("genesis".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    @Test
    void repeatedHashingInPlaceGivesTheSameAsHashingOneAtATime() {
        Hash h = SEED;
        for (int i = 0; i < 1000; i++) {
            h = PohHash.next(h);
        }
        assertEquals(h, PohHash.repeat(SEED, 1000));
        assertEquals(SEED, PohHash.repeat(SEED, 0));
    }

    @Test
    void aTickIsRecordedEveryHashesPerTickHashes() {
        PohRecorder poh = new PohRecorder(SEED, 100);
        poh.hash(250);
        assertEquals(2, poh.tickHeight());
        assertEquals(List.of(100L, 100L), poh.entries().stream().map(PohEntry::numHashes).toList());
        assertEquals(PohHash.repeat(SEED, 200), poh.entries().get(1).hash());
        assertEquals(PohHash.repeat(SEED, 250), poh.current());
    }

    @Test
    void anEventIsMixedIntoTheNextHash() {
        PohRecorder poh = new PohRecorder(SEED, 100);
        poh.hash(10);
        PohEntry e = poh.record("pay bob 5".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(e.isTick());
        assertEquals(11, e.numHashes());
        assertEquals(PohHash.mixin(PohHash.repeat(SEED, 10), Sha256.hash("pay bob 5".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                e.hash());
    }

    @Test
    void eventHashesCountTowardsTheTick() {
        PohRecorder poh = new PohRecorder(SEED, 100);
        poh.hash(10);
        poh.record(new byte[]{1});
        PohEntry tick = poh.tick();
        assertTrue(tick.isTick());
        assertEquals(89, tick.numHashes()); // 11 + 89 = 100
    }

    @Test
    void anEventDueOnTheTicksHashWaitsForTheTick() {
        PohRecorder poh = new PohRecorder(SEED, 10);
        poh.hash(9);
        PohEntry e = poh.record(new byte[]{1});
        assertEquals(2, poh.entries().size());
        assertTrue(poh.entries().get(0).isTick());
        assertEquals(1, e.numHashes());
    }

    @Test
    void theSameSeedAndEventsGiveTheSameChain() {
        assertEquals(chain(), chain());
    }

    private static List<PohEntry> chain() {
        PohRecorder poh = new PohRecorder(SEED, 50);
        for (int i = 0; i < 20; i++) {
            poh.hash(7 * i);
            poh.record(new byte[]{(byte) i});
        }
        return List.copyOf(poh.entries());
    }
}
