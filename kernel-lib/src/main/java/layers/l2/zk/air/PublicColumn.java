package layers.l2.zk.air;

import java.util.Arrays;

/**
 * A column whose every value the verifier knows (the transactions of a rollup batch, read from the data posted on
 * L1). The STARK checks it with one quotient, {@code (T_column(x) − I(x))/(x^n − 1)}, where I interpolates the known
 * values over the trace domain: a polynomial exactly when the trace agrees with them on every row.
 */
public record PublicColumn(int column, long[] values) {

    public PublicColumn {
        if (column < 0) {
            throw new IllegalArgumentException("a column index cannot be negative: " + column);
        }
        values = values.clone();
    }

    @Override
    public long[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicColumn p && p.column == column && Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() {
        return column * 31 + Arrays.hashCode(values);
    }
}
