package layers.l2.zk.stark;

import layers.l2.zk.air.BoundaryConstraint;
import layers.l2.zk.air.PublicColumn;
import layers.l2.zk.air.StarkAir;
import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.field.GoldilocksExt2;
import layers.l2.zk.transcript.FiatShamirTranscript;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

/**
 * The constraint combination the prover hands to FRI: one random linear combination, with coefficients drawn from
 * the transcript after the trace is committed, of
 * <ul>
 *   <li>each transition constraint divided by its zerofier {@code (x^n − 1)/(x − g^(n−1))} (zero on every row but
 *       the last),</li>
 *   <li>each boundary constraint {@code (T_c(x) − v)/(x − g^row)},</li>
 *   <li>each public column {@code (T_c(x) − I_c(x))/(x^n − 1)},</li>
 *   <li>and each trace column itself (so FRI also bounds the trace's degree).</li>
 * </ul>
 * If the trace satisfies the AIR every term is a polynomial of degree below n, and so is the combination. If it does
 * not, some quotient is not a polynomial, and the combination is far from every polynomial of degree below n except
 * with negligible probability over the coefficients: FRI catches that. The prover evaluates this at every point of
 * the extension domain; the verifier at the queried points only, from the opened rows. Both use
 * {@link #combine}, so they cannot disagree about the formula.
 */
final class ConstraintComposition {

    private final StarkAir air;
    private final int n;
    private final long traceGenerator;
    private final List<BoundaryConstraint> boundaries;
    private final List<PublicColumn> publics;
    /** The distinct boundary rows, and each boundary constraint's index among them. */
    private final long[] boundaryRowPoints;
    private final int[] boundaryRowIndex;
    private final long[] tc0;
    private final long[] tc1;
    private final long[] bc0;
    private final long[] bc1;
    private final long[] pc0;
    private final long[] pc1;
    private final long[] wc0;
    private final long[] wc1;

    ConstraintComposition(StarkAir air, FiatShamirTranscript transcript) {
        this.air = air;
        this.n = air.traceLength();
        this.traceGenerator = Goldilocks.rootOfUnity(Integer.numberOfTrailingZeros(n));
        this.boundaries = air.boundaryConstraints();
        this.publics = air.publicColumns();
        TreeSet<Integer> rows = new TreeSet<>();
        boundaries.forEach(b -> rows.add(b.row()));
        List<Integer> rowList = List.copyOf(rows);
        boundaryRowPoints = new long[rowList.size()];
        for (int r = 0; r < rowList.size(); r++) {
            boundaryRowPoints[r] = Goldilocks.pow(traceGenerator, rowList.get(r));
        }
        boundaryRowIndex = new int[boundaries.size()];
        for (int k = 0; k < boundaries.size(); k++) {
            boundaryRowIndex[k] = rowList.indexOf(boundaries.get(k).row());
        }
        int t = air.transitionConstraintCount();
        tc0 = new long[t];
        tc1 = new long[t];
        draw(transcript, tc0, tc1);
        bc0 = new long[boundaries.size()];
        bc1 = new long[boundaries.size()];
        draw(transcript, bc0, bc1);
        pc0 = new long[publics.size()];
        pc1 = new long[publics.size()];
        draw(transcript, pc0, pc1);
        wc0 = new long[air.traceWidth()];
        wc1 = new long[air.traceWidth()];
        draw(transcript, wc0, wc1);
    }

    private static void draw(FiatShamirTranscript transcript, long[] c0, long[] c1) {
        for (int i = 0; i < c0.length; i++) {
            GoldilocksExt2 e = transcript.challengeExt();
            c0[i] = e.c0();
            c1[i] = e.c1();
        }
    }

    /**
     * Absorbs the statement: the AIR's name and shape, the parameters, the public inputs, the boundary constraints and
     * the public columns.
     */
    static void absorbStatement(FiatShamirTranscript transcript, StarkAir air, StarkParameters params) {
        transcript.absorb("air", air.name().getBytes(StandardCharsets.UTF_8));
        transcript.absorb("shape", ByteBuffer.allocate(8).putInt(air.traceWidth()).putInt(air.traceLength()).array());
        transcript.absorb("parameters", params.toBytes());
        transcript.absorb("public inputs", air.publicInputBytes());
        List<BoundaryConstraint> boundaries = air.boundaryConstraints();
        ByteBuffer b = ByteBuffer.allocate(16 * boundaries.size());
        boundaries.forEach(c -> b.putInt(c.column()).putInt(c.row()).putLong(c.value()));
        transcript.absorb("boundary constraints", b.array());
        for (PublicColumn p : air.publicColumns()) {
            long[] v = p.values();
            byte[] bytes = new byte[8 * v.length];
            for (int i = 0; i < v.length; i++) {
                Goldilocks.writeBytes(v[i], bytes, 8 * i);
            }
            transcript.absorb("public column " + p.column(), bytes);
        }
    }

    int boundaryRowCount() {
        return boundaryRowPoints.length;
    }

    long boundaryRowPoint(int r) {
        return boundaryRowPoints[r];
    }

    long lastRowPoint() {
        return Goldilocks.pow(traceGenerator, n - 1);
    }

    /**
     * The combination at one point x from the rows at x and x·g, the combined public interpolant P(x) (two
     * coordinates; see {@link #combinedPublicValues}), and the inverses of the
     * zerofiers at x: {@code zTransitionInv = (x − g^(n−1))/(x^n − 1)}, {@code zAllInv = 1/(x^n − 1)},
     * {@code boundaryInv[r] = 1/(x − g^row_r)}. {@code scratch} has room for the transition values.
     */
    GoldilocksExt2 combine(long[] current, long[] next, long public0, long public1, long zTransitionInv,
            long zAllInv, long[] boundaryInv, long[] scratch) {
        air.evaluateTransition(current, next, scratch);
        long t0 = 0;
        long t1 = 0;
        for (int j = 0; j < tc0.length; j++) {
            t0 = Goldilocks.add(t0, Goldilocks.mul(tc0[j], scratch[j]));
            t1 = Goldilocks.add(t1, Goldilocks.mul(tc1[j], scratch[j]));
        }
        long r0 = Goldilocks.mul(t0, zTransitionInv);
        long r1 = Goldilocks.mul(t1, zTransitionInv);
        for (int k = 0; k < boundaries.size(); k++) {
            BoundaryConstraint b = boundaries.get(k);
            long num = Goldilocks.mul(Goldilocks.sub(current[b.column()], b.value()), boundaryInv[boundaryRowIndex[k]]);
            r0 = Goldilocks.add(r0, Goldilocks.mul(bc0[k], num));
            r1 = Goldilocks.add(r1, Goldilocks.mul(bc1[k], num));
        }
        if (!publics.isEmpty()) {
            // Σ δ_p·(T_p(x) − I_p(x)) = Σ δ_p·T_p(x) − P(x), with P = Σ δ_p·I_p interpolated once.
            long p0 = Goldilocks.neg(public0);
            long p1 = Goldilocks.neg(public1);
            for (int p = 0; p < publics.size(); p++) {
                long t = current[publics.get(p).column()];
                p0 = Goldilocks.add(p0, Goldilocks.mul(pc0[p], t));
                p1 = Goldilocks.add(p1, Goldilocks.mul(pc1[p], t));
            }
            r0 = Goldilocks.add(r0, Goldilocks.mul(p0, zAllInv));
            r1 = Goldilocks.add(r1, Goldilocks.mul(p1, zAllInv));
        }
        for (int c = 0; c < wc0.length; c++) {
            r0 = Goldilocks.add(r0, Goldilocks.mul(wc0[c], current[c]));
            r1 = Goldilocks.add(r1, Goldilocks.mul(wc1[c], current[c]));
        }
        return new GoldilocksExt2(r0, r1);
    }

    /**
     * The values on the trace domain of the public columns combined with their coefficients, {@code Σ δ_p·I_p}, as
     * two base-field vectors (the coordinates of the extension); all zero when there is no public column.
     */
    long[][] combinedPublicValues() {
        long[] v0 = new long[n];
        long[] v1 = new long[n];
        for (int p = 0; p < publics.size(); p++) {
            long[] v = publics.get(p).values();
            for (int i = 0; i < n; i++) {
                v0[i] = Goldilocks.add(v0[i], Goldilocks.mul(pc0[p], v[i]));
                v1[i] = Goldilocks.add(v1[i], Goldilocks.mul(pc1[p], v[i]));
            }
        }
        return new long[][] {v0, v1};
    }

    /** The combination at x computed from scratch (the verifier's way: a few inversions per point). */
    GoldilocksExt2 combineAt(long x, long[] current, long[] next, long public0, long public1) {
        long xn1 = Goldilocks.sub(Goldilocks.pow(x, n), 1);
        long zAllInv = Goldilocks.inv(xn1);
        long zTransitionInv = Goldilocks.mul(Goldilocks.sub(x, lastRowPoint()), zAllInv);
        long[] boundaryInv = new long[boundaryRowPoints.length];
        for (int r = 0; r < boundaryInv.length; r++) {
            boundaryInv[r] = Goldilocks.inv(Goldilocks.sub(x, boundaryRowPoints[r]));
        }
        return combine(current, next, public0, public1, zTransitionInv, zAllInv, boundaryInv,
                new long[air.transitionConstraintCount()]);
    }
}
