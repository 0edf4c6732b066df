package layers.l2.zk.stark;

import layers.core.Verdict;
import layers.l2.zk.air.TraceTable;
import layers.l2.zk.air.StarkAir;
import layers.l2.zk.commit.MerkleCommitment;
import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.field.GoldilocksExt2;
import layers.l2.zk.fri.FriProver;
import layers.l2.zk.poly.CosetDomain;
import layers.l2.zk.transcript.FiatShamirTranscript;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The STARK prover, step by step (Ben-Sasson, Bentov, Horesh and Riabzev, "Scalable, transparent, and post-quantum
 * secure computational integrity", ePrint 2018/046; the steps as the ethSTARK Documentation orders them):
 * <ol>
 *   <li>extend each trace column to a coset {@code blowup} times larger (interpolate, evaluate: the low-degree
 *       extension) and commit to the rows with a Merkle tree;</li>
 *   <li>draw random coefficients from the transcript and evaluate the constraint combination on the coset;</li>
 *   <li>prove with FRI that the combination has degree below the trace length;</li>
 *   <li>grind a proof-of-work nonce, draw the query positions, and open the trace rows and FRI layers there.</li>
 * </ol>
 * Columns are extended and rows hashed in parallel.
 */
public final class StarkProver {

    private static final String DOMAIN = "layers STARK v1";

    private final StarkParameters params;

    public StarkProver(StarkParameters params) {
        this.params = params;
    }

    /**
     * Proves that {@code trace} satisfies {@code air}.
     *
     * @throws IllegalArgumentException if it does not (naming the constraint and row): an honest prover does not try
     */
    public StarkProof prove(StarkAir air, TraceTable trace) {
        Verdict v = air.check(trace);
        if (!v.isValid()) {
            throw new IllegalArgumentException("the trace does not satisfy the AIR " + air.name() + ": " + v);
        }
        return proveUnchecked(air, trace);
    }

    /**
     * Runs the prover without checking the trace first: what a cheating prover would do with a wrong trace. The
     * result is a proof in the right format that the verifier rejects (with overwhelming probability).
     *
     * @throws IllegalArgumentException if the trace's shape is not the AIR's, or a transition has degree above 2
     */
    public StarkProof proveUnchecked(StarkAir air, TraceTable trace) {
        if (trace.width() != air.traceWidth() || trace.length() != air.traceLength()) {
            throw new IllegalArgumentException("the AIR " + air.name() + " wants " + air.traceLength() + " rows × "
                    + air.traceWidth() + " columns, the trace has " + trace.length() + " × " + trace.width());
        }
        if (air.transitionDegree() > StarkAir.MAX_TRANSITION_DEGREE) {
            throw new IllegalArgumentException("this prover handles transition constraints of degree at most 2, the AIR "
                    + air.name() + " has degree " + air.transitionDegree());
        }
        int n = air.traceLength();
        int blowup = params.blowup();
        int size = n * blowup;
        StarkVerifier.checkQueryCount(air, params);
        FiatShamirTranscript transcript = new FiatShamirTranscript(DOMAIN);
        ConstraintComposition.absorbStatement(transcript, air, params);

        // 1. Low-degree extension of every column, and the commitment to the rows.
        CosetDomain lde = new CosetDomain(StarkParameters.domainOffset(), size);
        int width = trace.width();
        long[][] columns = new long[width][];
        IntStream.range(0, width).parallel().forEach(c -> columns[c] = lde.extend(trace.column(c)));
        MerkleCommitment traceCommitment = MerkleCommitment.commit(size, i -> rowBytes(columns, i));
        transcript.absorb("trace root", traceCommitment.root());

        // 2. The constraint combination on the extension domain.
        ConstraintComposition composition = new ConstraintComposition(air, transcript);
        GoldilocksExt2[] combination = evaluateComposition(air, composition, lde, columns);

        // 3. FRI: the combination has degree below n.
        FriProver fri = FriProver.commit(combination, lde, n, params.finalDegreeBound(), transcript);

        // 4. Grinding, queries, openings.
        long nonce = transcript.grind(params.grindingBits());
        transcript.absorb("grinding nonce", longBytes(nonce));
        int[] queries = StarkVerifier.drawQueries(transcript, params.queries(), size);
        List<TraceOpening> openings = new ArrayList<>();
        for (int i : queries) {
            int next = (i + blowup) % size;
            openings.add(new TraceOpening(rowOf(columns, i), traceCommitment.open(i), rowOf(columns, next),
                    traceCommitment.open(next)));
        }
        return new StarkProof(traceCommitment.root(), fri.proof(queries), nonce, openings);
    }

    private static GoldilocksExt2[] evaluateComposition(StarkAir air, ConstraintComposition composition,
            CosetDomain lde, long[][] columns) {
        int n = air.traceLength();
        int size = lde.size();
        int blowup = size / n;
        long[] xs = lde.elements();
        // x^n on the coset takes only `blowup` values: (offset·ω^i)^n = offset^n·(ω^n)^i.
        long[] xnMinusOne = new long[blowup];
        for (int i = 0; i < blowup; i++) {
            xnMinusOne[i] = Goldilocks.sub(Goldilocks.pow(xs[i], n), 1);
        }
        long[] zAllInvPeriodic = Goldilocks.batchInverse(xnMinusOne);
        long last = composition.lastRowPoint();
        long[][] boundaryInv = new long[composition.boundaryRowCount()][];
        for (int r = 0; r < boundaryInv.length; r++) {
            long point = composition.boundaryRowPoint(r);
            long[] d = new long[size];
            for (int i = 0; i < size; i++) {
                d[i] = Goldilocks.sub(xs[i], point);
            }
            boundaryInv[r] = Goldilocks.batchInverse(d);
        }
        long[][] publicValues = composition.combinedPublicValues();
        long[] public0 = lde.extend(publicValues[0]);
        long[] public1 = lde.extend(publicValues[1]);
        GoldilocksExt2[] out = new GoldilocksExt2[size];
        int chunk = 1 << 12;
        int width = columns.length;
        IntStream.range(0, (size + chunk - 1) / chunk).parallel().forEach(ch -> {
            long[] cur = new long[width];
            long[] nxt = new long[width];
            long[] bInv = new long[boundaryInv.length];
            long[] scratch = new long[air.transitionConstraintCount()];
            int end = Math.min(size, (ch + 1) * chunk);
            for (int i = ch * chunk; i < end; i++) {
                int next = (i + blowup) % size;
                for (int c = 0; c < width; c++) {
                    cur[c] = columns[c][i];
                    nxt[c] = columns[c][next];
                }
                for (int r = 0; r < bInv.length; r++) {
                    bInv[r] = boundaryInv[r][i];
                }
                long zAllInv = zAllInvPeriodic[i % blowup];
                long zTransitionInv = Goldilocks.mul(Goldilocks.sub(xs[i], last), zAllInv);
                out[i] = composition.combine(cur, nxt, public0[i], public1[i], zTransitionInv, zAllInv, bInv, scratch);
            }
        });
        return out;
    }

    private static long[] rowOf(long[][] columns, int i) {
        long[] r = new long[columns.length];
        for (int c = 0; c < columns.length; c++) {
            r[c] = columns[c][i];
        }
        return r;
    }

    static byte[] rowBytes(long[][] columns, int i) {
        byte[] b = new byte[8 * columns.length];
        for (int c = 0; c < columns.length; c++) {
            Goldilocks.writeBytes(columns[c][i], b, 8 * c);
        }
        return b;
    }

    static byte[] rowBytes(long[] row) {
        byte[] b = new byte[8 * row.length];
        for (int c = 0; c < row.length; c++) {
            Goldilocks.writeBytes(row[c], b, 8 * c);
        }
        return b;
    }

    static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        Goldilocks.writeBytes(v, b, 0);
        return b;
    }

    static String domain() {
        return DOMAIN;
    }
}
