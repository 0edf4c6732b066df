package layers.l1.poh;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.notebook.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks a proof-of-history segment. Generating it took one core for every hash in turn; checking it does not have
 * to: each recorded entry is a checkpoint, so the entries split into contiguous ranges that threads re-hash at the
 * same time, each from the hash recorded just before its range. That asymmetry (slow to make, fast to check with
 * many cores) is what proof of history relies on.
 *
 * <p>The segment is assumed to start right after a tick (as a {@link PohRecorder}'s does), so that every tick must
 * come exactly {@code hashesPerTick} hashes after the previous one.
 */
public final class PohVerifier {

    private static final int CHUNKS_PER_THREAD = 4;

    private PohVerifier() {
    }

    /** {@link #verifySegment(Hash, List, long, int)} on one thread. */
    public static Verdict verifySegment(Hash start, List<PohEntry> entries, long hashesPerTick) {
        return verifySegment(start, entries, hashesPerTick, 1);
    }

    /** {@link #verifySegment(Hash, List, long, int, Progress)} without a progress bar. */
    public static Verdict verifySegment(Hash start, List<PohEntry> entries, long hashesPerTick, int threads) {
        return verifySegment(start, entries, hashesPerTick, threads,
                Progress.silent("verifying", entries.stream().mapToLong(e -> Math.max(0, e.numHashes()))
                        .reduce(0, (a, b) -> a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b))); // claims can be huge
    }

    /**
     * Verifies {@code entries} from {@code start} on {@code threads} threads: the counts and tick spacing first, then
     * every entry's hash. A rejection names the first bad entry (lowest index) whichever thread found it, so the
     * verdict does not depend on the number of threads.
     *
     * @throws IllegalArgumentException if {@code threads < 1} or {@code hashesPerTick < 1}
     */
    public static Verdict verifySegment(Hash start, List<PohEntry> entries, long hashesPerTick, int threads,
                                        Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
        }
        if (hashesPerTick < 1) {
            throw new IllegalArgumentException("hashes per tick must be 1 or more, was " + hashesPerTick);
        }
        Failure structure = verifyCounts(entries, hashesPerTick);
        int firstBadHash = firstBadHash(start, entries.subList(0, Math.min(entries.size(), structure.index())), threads,
                progress);
        if (firstBadHash < 0) {
            return structure.verdict();
        }
        return Verdict.rejected(PohRule.WRONG_HASH, "entry " + firstBadHash + " of " + entries.size()
                + (entries.get(firstBadHash).isTick() ? " (a tick)" : " (an event)"));
    }

    /** The first entry that breaks a rule and the verdict; {@code Integer.MAX_VALUE} and valid if none does. */
    private record Failure(int index, Verdict verdict) {
        static final Failure NONE = new Failure(Integer.MAX_VALUE, Verdict.valid());
    }

    /** The structural rules, in order: every entry has hashes; ticks are {@code hashesPerTick} apart. */
    private static Failure verifyCounts(List<PohEntry> entries, long hashesPerTick) {
        long sinceTick = 0;
        for (int i = 0; i < entries.size(); i++) {
            PohEntry e = entries.get(i);
            if (e.numHashes() < 1) {
                return new Failure(i, Verdict.rejected(PohRule.ZERO_HASHES, "entry " + i + " of " + entries.size()
                        + " has num_hashes " + e.numHashes()));
            }
            // Compared with the room left before the next tick, so that a huge claimed count cannot overflow.
            long room = hashesPerTick - sinceTick;
            if (e.isTick() ? e.numHashes() != room : e.numHashes() >= room) {
                return new Failure(i, Verdict.rejected(PohRule.TICK_SPACING, "entry " + i + " of " + entries.size()
                        + " claims " + e.numHashes() + " hashes, " + sinceTick + " after the previous tick; "
                        + (e.isTick() ? "a tick must come exactly " : "a tick is due at ") + hashesPerTick));
            }
            sinceTick += e.numHashes();
            if (e.isTick()) {
                sinceTick = 0;
            }
        }
        return Failure.NONE;
    }

    /** Re-hashes one entry from the previous entry's hash. */
    static Hash rehash(Hash previous, PohEntry e) {
        Hash h = PohHash.repeat(previous, e.numHashes() - 1);
        return e.mixin().isPresent() ? PohHash.mixin(h, e.mixin().get()) : PohHash.next(h);
    }

    /** The lowest index whose hash is wrong, or -1; ranges of entries are checked in parallel. */
    private static int firstBadHash(Hash start, List<PohEntry> entries, int threads, Progress progress) {
        List<int[]> ranges = split(entries, threads == 1 ? CHUNKS_PER_THREAD : threads * CHUNKS_PER_THREAD);
        if (threads == 1) {
            for (int[] r : ranges) {
                int bad = checkRange(start, entries, r[0], r[1]);
                progress.step(hashes(entries, r));
                if (bad >= 0) {
                    return bad;
                }
            }
            progress.done();
            return -1;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "poh-verifier");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int[] r : ranges) {
                results.add(pool.submit(() -> checkRange(start, entries, r[0], r[1])));
            }
            int first = -1;
            for (int c = 0; c < ranges.size(); c++) {
                int bad = results.get(c).get();
                progress.step(hashes(entries, ranges.get(c)));
                if (bad >= 0) {
                    first = bad; // ranges are in order: the first range with a bad entry has the lowest index
                    break;
                }
            }
            progress.done();
            return first;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a verifier thread failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The first bad index in {@code [from, to)}, starting from the hash recorded before {@code from}. */
    private static int checkRange(Hash start, List<PohEntry> entries, int from, int to) {
        Hash previous = from == 0 ? start : entries.get(from - 1).hash();
        for (int i = from; i < to; i++) {
            PohEntry e = entries.get(i);
            if (!rehash(previous, e).equals(e.hash())) {
                return i;
            }
            previous = e.hash();
        }
        return -1;
    }

    /** Contiguous ranges of entries with about the same number of hashes each. */
    private static List<int[]> split(List<PohEntry> entries, int chunks) {
        long total = 0;
        for (PohEntry e : entries) {
            total += e.numHashes();
        }
        List<int[]> ranges = new ArrayList<>();
        long perChunk = Math.max(1, (total + chunks - 1) / chunks);
        int from = 0;
        long sum = 0;
        for (int i = 0; i < entries.size(); i++) {
            sum += entries.get(i).numHashes();
            if (sum >= perChunk) {
                ranges.add(new int[]{from, i + 1});
                from = i + 1;
                sum = 0;
            }
        }
        if (from < entries.size()) {
            ranges.add(new int[]{from, entries.size()});
        }
        return ranges;
    }

    private static long hashes(List<PohEntry> entries, int[] range) {
        long sum = 0;
        for (int i = range[0]; i < range[1]; i++) {
            sum += entries.get(i).numHashes();
        }
        return sum;
    }
}
