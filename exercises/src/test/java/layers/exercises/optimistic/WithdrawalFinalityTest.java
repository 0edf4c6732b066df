package layers.exercises.optimistic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import layers.exercises.optimistic.WithdrawalFinality.Challenge;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.network.SimTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "optimistic.final",
        title = "Decide when a withdrawal is final",
        contract = WithdrawalFinality.class,
        statement = """
                A withdrawal from an optimistic rollup is paid on L1 only from a final assertion. Write `isFinal`: \
                true at `now` if the challenge window (`postedAt + window`) is over, and every challenge opened \
                before the window ended was decided by `now` without proving fraud. A challenge opened at or after \
                the end of the window does not count (the contract refuses it).""",
        hints = {
            "The window ends at `postedAt.plus(window)`; before that, nothing is final.",
            "Skip challenges with `!c.openedAt().isBefore(end)`.",
            "Any other challenge must be decided (`decidedAt()` present, not after `now`) and not `fraudProven()`."
        })
class WithdrawalFinalityTest {

    private static final SimTime DAY = SimTime.ofSeconds(86_400);
    private static final SimTime WEEK = SimTime.ofSeconds(7 * 86_400);

    private final WithdrawalFinality finality = Implementation.of(WithdrawalFinality.class);

    private static SimTime days(double d) {
        return SimTime.ofSeconds(d * 86_400);
    }

    @Test
    @Points(1)
    @DisplayName("with no challenge, final exactly when the 7 days are over")
    void noChallenge() {
        assertFalse(finality.isFinal(days(7.99), DAY, WEEK, List.of()), "posted on day 1, now day 7.99");
        assertTrue(finality.isFinal(days(8), DAY, WEEK, List.of()), "posted on day 1, now day 8");
    }

    @Test
    @Points(2)
    @DisplayName("a failed challenge delays finality until it is decided")
    void failedChallenge() {
        var c = new Challenge(days(6), Optional.of(days(9)), false);
        assertFalse(finality.isFinal(days(8.5), SimTime.ZERO, WEEK, List.of(c)), "decided on day 9, now 8.5");
        assertTrue(finality.isFinal(days(9), SimTime.ZERO, WEEK, List.of(c)), "decided on day 9, now 9");
        var open = new Challenge(days(6), Optional.empty(), false);
        assertFalse(finality.isFinal(days(30), SimTime.ZERO, WEEK, List.of(open)), "a game still being played");
    }

    @Test
    @Points(2)
    @DisplayName("proven fraud means never final; a late challenge does not count")
    void fraud() {
        var proven = new Challenge(days(2), Optional.of(days(3)), true);
        assertFalse(finality.isFinal(days(100), SimTime.ZERO, WEEK, List.of(proven)), "fraud proven on day 3");
        var late = new Challenge(days(7), Optional.empty(), true);
        assertTrue(finality.isFinal(days(7), SimTime.ZERO, WEEK, List.of(late)), "opened when the window closed");
    }
}
