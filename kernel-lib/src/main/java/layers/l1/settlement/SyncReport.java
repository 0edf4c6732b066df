package layers.l1.settlement;

import layers.core.Verdict;

import java.util.Objects;

/**
 * What verifying a chain from genesis cost a full node: how many blocks and transactions it checked, the bytes it
 * had to download and store, the time it took, and its verdict.
 */
public record SyncReport(int blocks, long transactions, long bytes, long nanos, Verdict verdict) {

    public SyncReport {
        Objects.requireNonNull(verdict, "verdict");
    }

    public double seconds() {
        return nanos / 1e9;
    }

    /** Bytes verified per second: the rate a longer chain's cost is extrapolated with. */
    public double bytesPerSecond() {
        return bytes / Math.max(seconds(), 1e-9);
    }

    public double transactionsPerSecond() {
        return transactions / Math.max(seconds(), 1e-9);
    }
}
