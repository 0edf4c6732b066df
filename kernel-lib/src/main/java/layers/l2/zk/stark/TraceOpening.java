package layers.l2.zk.stark;

import layers.l1.crypto.Hash;

import java.util.Arrays;
import java.util.List;

/**
 * The two trace rows a query needs, opened from the trace commitment: the row at the queried point x and the row
 * at x·g (the next step), each with its Merkle path.
 */
public record TraceOpening(long[] row, List<Hash> path, long[] nextRow, List<Hash> nextPath) {

    public TraceOpening {
        row = row.clone();
        nextRow = nextRow.clone();
        path = List.copyOf(path);
        nextPath = List.copyOf(nextPath);
    }

    @Override
    public long[] row() {
        return row.clone();
    }

    @Override
    public long[] nextRow() {
        return nextRow.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TraceOpening t && Arrays.equals(row, t.row) && Arrays.equals(nextRow, t.nextRow)
                && path.equals(t.path) && nextPath.equals(t.nextPath);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(row) * 31 + path.hashCode();
    }
}
