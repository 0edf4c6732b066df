package layers.l2.da;

import layers.core.Verdict;

import java.util.Arrays;

/**
 * The outcome of rebuilding erasure-coded data: all 2k coded chunks, or the verdict that says why they could not be
 * rebuilt.
 */
public final class Reconstruction {

    private final Verdict verdict;
    private final long[][] chunks;
    private final int originalChunks;

    private Reconstruction(Verdict verdict, long[][] chunks, int originalChunks) {
        this.verdict = verdict;
        this.chunks = chunks;
        this.originalChunks = originalChunks;
    }

    static Reconstruction of(long[][] chunks, int originalChunks) {
        return new Reconstruction(Verdict.valid(), chunks, originalChunks);
    }

    static Reconstruction failed(Verdict why) {
        return new Reconstruction(why, null, 0);
    }

    public boolean succeeded() {
        return verdict.isValid();
    }

    /** Valid, or the rule that made reconstruction impossible. */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * All 2k coded chunks.
     *
     * @throws IllegalStateException if reconstruction failed, with the reason
     */
    public long[][] extendedChunks() {
        requireSuccess();
        return Arrays.stream(chunks).map(long[]::clone).toArray(long[][]::new);
    }

    /**
     * The k original chunks (the first half of the coded ones).
     *
     * @throws IllegalStateException if reconstruction failed, with the reason
     */
    public long[][] data() {
        requireSuccess();
        return Arrays.stream(chunks, 0, originalChunks).map(long[]::clone).toArray(long[][]::new);
    }

    private void requireSuccess() {
        if (!succeeded()) {
            throw new IllegalStateException("the data could not be rebuilt: " + verdict);
        }
    }

    @Override
    public String toString() {
        return succeeded() ? "rebuilt " + chunks.length + " chunks (" + originalChunks + " of data)"
                : verdict.toString();
    }
}
