package layers.l2.zk.air;

import layers.l2.zk.field.Goldilocks;

/**
 * An execution trace: a table of field elements with one row per step of the computation and one column per
 * register, its length a power of two. The prover's witness: the AIR's constraints say which tables are correct
 * executions. Immutable (tampering makes a changed copy, {@link #withValue}).
 */
public final class TraceTable {

    /** columns[c][row]. */
    private final long[][] columns;

    private TraceTable(long[][] columns) {
        this.columns = columns;
    }

    /**
     * The trace with these columns ({@code columns[c][row]}), copied.
     *
     * @throws IllegalArgumentException if there is no column, the columns differ in length, the length is not a power
     *                                  of two of at least 2, or a value is not a canonical field element
     */
    public static TraceTable ofColumns(long[][] columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("a trace needs at least one column");
        }
        int n = columns[0].length;
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("a trace's length must be a power of two of at least 2, not " + n);
        }
        long[][] copy = new long[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].length != n) {
                throw new IllegalArgumentException("column " + c + " has " + columns[c].length + " rows, column 0 has "
                        + n);
            }
            for (int r = 0; r < n; r++) {
                if (!Goldilocks.isCanonical(columns[c][r])) {
                    throw new IllegalArgumentException("row " + r + ", column " + c + " holds "
                            + Long.toUnsignedString(columns[c][r]) + ", which is not below p");
                }
            }
            copy[c] = columns[c].clone();
        }
        return new TraceTable(copy);
    }

    public int width() {
        return columns.length;
    }

    public int length() {
        return columns[0].length;
    }

    public long get(int row, int column) {
        return columns[column][row];
    }

    /** Row {@code row} (a copy). */
    public long[] row(int row) {
        long[] r = new long[columns.length];
        for (int c = 0; c < columns.length; c++) {
            r[c] = columns[c][row];
        }
        return r;
    }

    /** Column {@code c} (a copy). */
    public long[] column(int c) {
        return columns[c].clone();
    }

    /** A copy with one value changed: a cheating prover's trace. */
    public TraceTable withValue(int row, int column, long value) {
        long[][] copy = new long[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            copy[c] = columns[c].clone();
        }
        copy[column][row] = Goldilocks.of(value);
        return new TraceTable(copy);
    }

    @Override
    public String toString() {
        return "TraceTable(" + length() + " rows × " + width() + " columns)";
    }
}
