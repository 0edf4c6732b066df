package layers.l1.poh;

import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.notebook.Progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Generates a proof-of-history chain: hashes sequentially from a seed, records a tick every {@code hashesPerTick}
 * hashes, and mixes events in as they arrive. A tick always comes exactly {@code hashesPerTick} hashes after the
 * previous one, counting the hashes that mixed events in, so the number of ticks measures how many hashes (how much
 * time) passed. Like Solana's {@code Poh}: an event that would land on a tick's hash waits until the tick is recorded.
 *
 * <pre>{@code
 * PohRecorder poh = new PohRecorder(Sha256.hash("genesis".getBytes()), 100);
 * poh.hash(250);                       // records ticks after hashes 100 and 200
 * poh.record("pay bob 5".getBytes());  // an event entry: hash 251
 * poh.tick();                          // hashes 252 .. 300, the third tick
 * Verdict v = PohVerifier.verifySegment(poh.start(), poh.entries(), 100, 2);
 * }</pre>
 */
public final class PohRecorder {

    private final Hash start;
    private final long hashesPerTick;
    private final List<PohEntry> entries = new ArrayList<>();
    private Hash current;
    private long sinceLastEntry;
    private long untilTick; // hashes until the next tick, the tick's own hash included
    private long tickHeight;

    /**
     * @throws IllegalArgumentException if {@code hashesPerTick < 1}
     */
    public PohRecorder(Hash seed, long hashesPerTick) {
        if (hashesPerTick < 1) {
            throw new IllegalArgumentException("hashes per tick must be 1 or more, was " + hashesPerTick);
        }
        this.start = seed;
        this.current = seed;
        this.hashesPerTick = hashesPerTick;
        this.untilTick = hashesPerTick;
    }

    public Hash start() {
        return start;
    }

    public Hash current() {
        return current;
    }

    public long hashesPerTick() {
        return hashesPerTick;
    }

    /** Ticks recorded so far. */
    public long tickHeight() {
        return tickHeight;
    }

    /** Everything recorded so far, in order. */
    public List<PohEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** {@code n} more hashes, recording the ticks they reach. */
    public void hash(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of hashes cannot be negative: " + n);
        }
        while (n > 0) {
            if (untilTick == 1) {
                recordTick();
                n--;
            } else {
                long k = Math.min(n, untilTick - 1);
                current = PohHash.repeat(current, k);
                sinceLastEntry += k;
                untilTick -= k;
                n -= k;
            }
        }
    }

    /** Mixes the SHA-256 of {@code event} into the chain and records it. */
    public PohEntry record(byte[] event) {
        return recordHash(Sha256.hash(event));
    }

    /** Mixes {@code eventHash} into the chain and records it: one hash, {@code SHA-256(current || eventHash)}. */
    public PohEntry recordHash(Hash eventHash) {
        if (untilTick == 1) {
            recordTick();
        }
        current = PohHash.mixin(current, eventHash);
        sinceLastEntry++;
        untilTick--;
        PohEntry e = PohEntry.event(sinceLastEntry, current, eventHash);
        entries.add(e);
        sinceLastEntry = 0;
        return e;
    }

    /** Hashes to the end of the current tick and records the tick. */
    public PohEntry tick() {
        hash(untilTick - 1);
        return recordTick();
    }

    /** {@code n} more whole ticks, reporting each to {@code progress}. */
    public void ticks(long n, Progress progress) {
        for (long t = 0; t < n; t++) {
            tick();
            progress.step();
        }
        progress.done();
    }

    private PohEntry recordTick() {
        current = PohHash.next(current);
        sinceLastEntry++;
        PohEntry e = PohEntry.tick(sinceLastEntry, current);
        entries.add(e);
        sinceLastEntry = 0;
        untilTick = hashesPerTick;
        tickHeight++;
        return e;
    }
}
