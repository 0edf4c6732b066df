package layers.exercises.capstone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.settlement.TimeToFinality;
import layers.l2.optimistic.AssertionChain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "capstone.withdrawal",
        title = "When an optimistic withdrawal is final",
        contract = WithdrawalFinality.class,
        statement = """
                Write `finalAt(withdrawnAt, batchIntervalSeconds, windowSeconds, l1FinalitySeconds)`: the batch \
                holding the withdrawal is posted at the first multiple of `batchIntervalSeconds` at or after \
                `withdrawnAt`; the challenge window runs from then; the L1 transaction that finalizes the withdrawal, \
                sent when the window ends, is final `l1FinalitySeconds` later. A negative time or duration, or an \
                interval of 0, is an `IllegalArgumentException`.""",
        hints = {
            "The next multiple of `b` at or after `t` is `ceil(t / b) × b`: in longs, `Math.floorDiv(t + b - 1, b) * b`.",
            "A withdrawal made exactly when a batch is posted goes in that batch.",
            "Add the window and then the L1 finality time."
        })
class WithdrawalFinalityTest {

    private final WithdrawalFinality model = Implementation.of(WithdrawalFinality.class);
    private static final long WEEK = (long) AssertionChain.DEFAULT_WINDOW.toSeconds();
    private static final long L1 = TimeToFinality.posWorstCaseSeconds();

    @Test
    @Points(2)
    @DisplayName("a withdrawal at 100 s, batches every 600 s: posted at 600, final a week and an L1 finality later")
    void typical() {
        assertEquals(600 + WEEK + L1, model.finalAt(100, 600, WEEK, L1), "withdrawn at 100 s, batches every 600 s");
    }

    @Test
    @Points(1)
    @DisplayName("an interval of 0 is an IllegalArgumentException")
    void zeroInterval() {
        assertThrows(IllegalArgumentException.class, () -> model.finalAt(100, 0, WEEK, L1), "interval 0");
    }
}
