package layers.exercises.optimistic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.LongFunction;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.fees.Wei;
import layers.l2.optimistic.ExecutionTrace;
import layers.l2.optimistic.StepContext;
import layers.l2.optimistic.TraceFault;
import layers.l2.optimistic.TraceInput;
import layers.l2.optimistic.TraceWorkloads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "optimistic.bisect",
        title = "Find the first divergent step by bisection",
        contract = DivergenceFinder.class,
        statement = """
                Two parties agree on the state commitment before step 0 and disagree after the last step. Write \
                `firstDivergentStep`, which returns a step `i` where they still agree after `i` steps and disagree \
                after `i + 1`: the one step a fraud proof re-executes on L1. Asking a trace for a commitment is \
                expensive (it re-executes from a checkpoint), so ask each at most `ceil(log2(steps)) + 2` times. \
                Throw an `IllegalArgumentException` if `steps < 1`, if the traces disagree at 0 or agree at `steps`.""",
        hints = {
            "Keep `lo` (agree) and `hi` (disagree): 0 and `steps` to begin with, after checking both.",
            "While `hi - lo > 1`, ask about `mid = lo + (hi - lo) / 2`: agreement moves `lo` up, disagreement moves "
                    + "`hi` down.",
            "When `hi == lo + 1`, return `lo`."
        })
class DivergenceFinderTest {

    private final DivergenceFinder finder = Implementation.of(DivergenceFinder.class);

    /** Commitments that are the same up to step {@code parting}, different after it; counts the questions. */
    private static final class Counted implements LongFunction<Hash> {
        private final long parting;
        private final String who;
        int asked;

        Counted(long parting, String who) {
            this.parting = parting;
            this.who = who;
        }

        @Override
        public Hash apply(long step) {
            asked++;
            String s = step <= parting ? "agreed " + step : who + " " + step;
            return Sha256.hash(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static int budget(long steps) {
        return 64 - Long.numberOfLeadingZeros(steps - 1) + 2;
    }

    private void check(long steps, long parting) {
        Counted mine = new Counted(parting, "mine");
        Counted theirs = new Counted(parting, "theirs");
        long got = finder.firstDivergentStep(mine, theirs, steps);
        assertEquals(parting, got, "traces of " + steps + " steps that part at step " + parting);
        assertTrue(theirs.asked <= budget(steps) && mine.asked <= budget(steps), steps + " steps: asked "
                + mine.asked + " and " + theirs.asked + " times, at most " + budget(steps));
    }

    @Test
    @Points(2)
    @DisplayName("finds the parting step of 64-step traces, wherever it is")
    void smallTraces() {
        for (long p = 0; p < 64; p++) {
            check(64, p);
        }
    }

    @Test
    @Points(1)
    @DisplayName("a one-step trace parts at step 0")
    void oneStep() {
        check(1, 0);
    }

    @Test
    @Points(2)
    @DisplayName("2^40 steps in at most 42 questions")
    void hugeTraces() {
        check(1L << 40, 0);
        check(1L << 40, (1L << 40) - 1);
        check(1L << 40, 123_456_789_012L);
    }

    @Test
    @Points(1)
    @DisplayName("no dispute, or no agreement to start from, is an IllegalArgumentException")
    void badInput() {
        Counted a = new Counted(10, "a");
        assertThrows(IllegalArgumentException.class, () -> finder.firstDivergentStep(a, a, 20), "the same trace twice");
        assertThrows(IllegalArgumentException.class,
                () -> finder.firstDivergentStep(s -> Hash.ZERO, s -> Sha256.hash(new byte[] {1}), 20),
                "disagreeing at step 0");
        assertThrows(IllegalArgumentException.class, () -> finder.firstDivergentStep(a, a, 0), "0 steps");
    }
}
