package layers.l2.zk.air;

import layers.l2.zk.field.Goldilocks;

/**
 * A boundary constraint: the trace holds {@code value} in {@code column} at {@code row}. The statement's inputs and
 * outputs enter a proof this way (the first state, the last state). The STARK turns it into the quotient
 * {@code (T_column(x) − value)/(x − g^row)}, a polynomial exactly when the constraint holds.
 */
public record BoundaryConstraint(int column, int row, long value) {

    public BoundaryConstraint {
        if (column < 0 || row < 0) {
            throw new IllegalArgumentException("a boundary constraint's column and row cannot be negative: column "
                    + column + ", row " + row);
        }
        if (!Goldilocks.isCanonical(value)) {
            throw new IllegalArgumentException("a boundary value must be below p, not " + Long.toUnsignedString(value));
        }
    }
}
