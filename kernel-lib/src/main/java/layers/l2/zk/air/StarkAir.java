package layers.l2.zk.air;

import layers.core.Verdict;

import java.util.List;

/**
 * An algebraic intermediate representation (AIR): a computation written as polynomial constraints on an execution
 * trace (ethSTARK Documentation; the "STARK paper": Ben-Sasson et al., ePrint 2018/046). A transition constraint is
 * a polynomial in one row and the next that must be zero between every row and its successor; boundary
 * constraints fix single cells; public columns fix whole columns. The statement a STARK proves is "I know a trace
 * of this shape satisfying these constraints", and {@link #publicInputBytes} names the statement so a proof for one
 * cannot pass for another.
 *
 * <p>The prover here supports transition constraints of degree at most 2, so the constraint combination has
 * degree below the trace length.
 */
public abstract class StarkAir {

    /** The highest transition-constraint degree the prover supports. */
    public static final int MAX_TRANSITION_DEGREE = 2;

    /** A short name of the computation (goes into the transcript with the public inputs). */
    public abstract String name();

    public abstract int traceWidth();

    /** A power of two. */
    public abstract int traceLength();

    public abstract int transitionConstraintCount();

    /** The name of transition constraint {@code j}, for messages ("nonce of account 3 increments"). */
    public abstract String transitionConstraintName(int j);

    /** The highest degree among the transition constraints (1 or 2). */
    public abstract int transitionDegree();

    /**
     * Evaluates every transition constraint on a row and the next, writing constraint j's value into {@code out[j]}.
     * All zero on every consecutive pair of rows of a correct trace (except from the last row to the first).
     */
    public abstract void evaluateTransition(long[] current, long[] next, long[] out);

    public abstract List<BoundaryConstraint> boundaryConstraints();

    /** Columns fully known to the verifier; none by default. */
    public List<PublicColumn> publicColumns() {
        return List.of();
    }

    /** The public inputs: everything a verifier must agree on about the statement, as bytes. */
    public abstract byte[] publicInputBytes();

    /** Checks a trace against every constraint, naming the first that fails and where. */
    public final Verdict check(TraceTable trace) {
        if (trace.width() != traceWidth() || trace.length() != traceLength()) {
            return Verdict.rejected(AirRule.SHAPE, "the AIR " + name() + " wants " + traceLength() + " rows × "
                    + traceWidth() + " columns, the trace has " + trace.length() + " × " + trace.width());
        }
        long[] out = new long[transitionConstraintCount()];
        for (int r = 0; r + 1 < trace.length(); r++) {
            evaluateTransition(trace.row(r), trace.row(r + 1), out);
            for (int j = 0; j < out.length; j++) {
                if (out[j] != 0) {
                    return Verdict.rejected(AirRule.TRANSITION, "constraint " + j + " (" + transitionConstraintName(j)
                            + ") fails from row " + r + " to row " + (r + 1));
                }
            }
        }
        for (BoundaryConstraint b : boundaryConstraints()) {
            if (trace.get(b.row(), b.column()) != b.value()) {
                return Verdict.rejected(AirRule.BOUNDARY, "row " + b.row() + ", column " + b.column() + " holds "
                        + Long.toUnsignedString(trace.get(b.row(), b.column())) + ", not "
                        + Long.toUnsignedString(b.value()));
            }
        }
        for (PublicColumn p : publicColumns()) {
            long[] v = p.values();
            for (int r = 0; r < trace.length(); r++) {
                if (trace.get(r, p.column()) != v[r]) {
                    return Verdict.rejected(AirRule.PUBLIC_COLUMN, "row " + r + ", column " + p.column() + " holds "
                            + Long.toUnsignedString(trace.get(r, p.column())) + ", the public value is "
                            + Long.toUnsignedString(v[r]));
                }
            }
        }
        return Verdict.valid();
    }
}
