package layers.exercises.zk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import layers.core.Verdict;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l2.zk.air.BoundaryConstraint;
import layers.l2.zk.air.TraceTable;
import layers.l2.zk.air.StarkAir;
import layers.l2.zk.field.Goldilocks;
import layers.l2.zk.stark.StarkParameters;
import layers.l2.zk.stark.StarkProof;
import layers.l2.zk.stark.StarkProver;
import layers.l2.zk.stark.StarkVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "zk.transition",
        title = "Write the transition constraints of a payment AIR",
        contract = PaymentTransitions.class,
        statement = """
                A trace of 4 columns: balance of A, balance of B, the amount paid at this step, and the direction d \
                (1: A pays B, 0: B pays A). Write `evaluate(current, next, out)` with the three constraints, each \
                zero exactly when its rule holds: `out[0] = d·(d − 1)`, `out[1] = a' − a + amount·(2d − 1)`, \
                `out[2] = b' − b − amount·(2d − 1)`, in the Goldilocks field. The tests then prove and verify \
                traces with your constraints using the course's STARK.""",
        hints = {
            "Name the cells: `a = current[0]`, `b = current[1]`, `amount = current[2]`, `d = current[3]`, "
                    + "`aNext = next[0]`, `bNext = next[1]`.",
            "2d − 1 is `Goldilocks.sub(Goldilocks.add(d, d), 1)`; for d = 0 it is p − 1, i.e. −1.",
            "`out[1] = Goldilocks.add(Goldilocks.sub(aNext, a), Goldilocks.mul(amount, sign))`."
        })
class PaymentTransitionsTest {

    private final PaymentTransitions transitions = Implementation.of(PaymentTransitions.class);

    /** The AIR around the learner's constraints: balances fixed at the first and last rows. */
    private final class PaymentAir extends StarkAir {
        private final int n;
        private final long[] first;
        private final long[] last;

        PaymentAir(int n, long[] first, long[] last) {
            this.n = n;
            this.first = first;
            this.last = last;
        }

        @Override
        public String name() {
            return "payments";
        }

        @Override
        public int traceWidth() {
            return 4;
        }

        @Override
        public int traceLength() {
            return n;
        }

        @Override
        public int transitionConstraintCount() {
            return 3;
        }

        @Override
        public String transitionConstraintName(int j) {
            return List.of("d is a bit", "A's balance moves", "B's balance moves").get(j);
        }

        @Override
        public int transitionDegree() {
            return 2;
        }

        @Override
        public void evaluateTransition(long[] current, long[] next, long[] out) {
            transitions.evaluate(current, next, out);
        }

        @Override
        public List<BoundaryConstraint> boundaryConstraints() {
            return List.of(new BoundaryConstraint(0, 0, first[0]), new BoundaryConstraint(1, 0, first[1]),
                    new BoundaryConstraint(0, n - 1, last[0]), new BoundaryConstraint(1, n - 1, last[1]));
        }

        @Override
        public byte[] publicInputBytes() {
            return ByteBuffer.allocate(32).putLong(first[0]).putLong(first[1]).putLong(last[0]).putLong(last[1])
                    .array();
        }
    }

    /** n rows of random payments from balances (1000, 1000); the last row pays nothing. */
    private static long[][] payments(int n, long seed) {
        Random rng = new Random(seed);
        long[][] cols = new long[4][n];
        cols[0][0] = 1000;
        cols[1][0] = 1000;
        for (int i = 0; i < n - 1; i++) {
            long d = rng.nextInt(2);
            long payer = d == 1 ? cols[0][i] : cols[1][i];
            long amount = payer == 0 ? 0 : rng.nextInt((int) Math.min(payer, 50) + 1);
            cols[2][i] = amount;
            cols[3][i] = d;
            cols[0][i + 1] = d == 1 ? cols[0][i] - amount : cols[0][i] + amount;
            cols[1][i + 1] = d == 1 ? cols[1][i] + amount : cols[1][i] - amount;
        }
        return cols;
    }

    private static long[] row(long[][] cols, int i) {
        return new long[] {cols[0][i], cols[1][i], cols[2][i], cols[3][i]};
    }

    private long[] evaluate(long[] current, long[] next) {
        long[] out = new long[3];
        transitions.evaluate(current, next, out);
        return out;
    }

    @Test
    @Points(1)
    @DisplayName("an honest payment from A to B and one from B to A give three zeros")
    void honestSteps() {
        assertEquals(List.of(0L, 0L, 0L), boxed(evaluate(new long[] {100, 50, 30, 1}, new long[] {70, 80, 0, 0})),
                "A pays B 30: (100, 50) → (70, 80)");
        assertEquals(List.of(0L, 0L, 0L), boxed(evaluate(new long[] {100, 50, 30, 0}, new long[] {130, 20, 0, 0})),
                "B pays A 30: (100, 50) → (130, 20)");
    }

    @Test
    @Points(1)
    @DisplayName("each broken rule makes its own constraint nonzero")
    void brokenRules() {
        long[] minted = evaluate(new long[] {100, 50, 30, 1}, new long[] {70, 81, 0, 0});
        assertEquals(0, minted[1], "A pays B 30 but B gets 31: A's constraint");
        assertNotEquals(0, minted[2], "A pays B 30 but B gets 31: B's constraint");
        long[] notABit = evaluate(new long[] {100, 50, 30, 2}, new long[] {70, 80, 0, 0});
        assertNotEquals(0, notABit[0], "direction 2: the bit constraint");
        long[] wrongWay = evaluate(new long[] {100, 50, 30, 0}, new long[] {70, 80, 0, 0});
        assertNotEquals(0, wrongWay[1], "B pays A but A's balance falls");
    }

    @Test
    @Points(2)
    @DisplayName("a STARK with your constraints proves 31 honest payments, and rejects a trace where B gets 1 extra")
    void proveAndVerify() {
        int n = 32;
        long[][] cols = payments(n, 7);
        StarkParameters params = StarkParameters.FAST_INSECURE;
        PaymentAir air = new PaymentAir(n, row(cols, 0), row(cols, n - 1));
        TraceTable trace = TraceTable.ofColumns(cols);
        Verdict check = air.check(trace);
        assertTrue(check.isValid(), "your constraints on an honest trace of 31 payments: " + check);
        StarkProof proof = new StarkProver(params).prove(air, trace);
        assertTrue(StarkVerifier.verify(air, proof.toBytes(), params).isValid(), "verifying the honest proof");

        long[][] forged = payments(n, 7);
        for (int i = 20; i < n; i++) {
            forged[1][i] += 1; // B gets one extra from step 19 on
        }
        PaymentAir claimed = new PaymentAir(n, row(forged, 0), row(forged, n - 1));
        TraceTable bad = TraceTable.ofColumns(forged);
        assertFalse(claimed.check(bad).isValid(), "your constraints on the trace where B gets 1 extra at step 19");
        StarkProof cheat = new StarkProver(params).proveUnchecked(claimed, bad);
        assertFalse(StarkVerifier.verify(claimed, cheat.toBytes(), params).isValid(),
                "verifying a proof of the trace where B gets 1 extra");
    }

    private static List<Long> boxed(long[] v) {
        return java.util.Arrays.stream(v).boxed().toList();
    }
}
