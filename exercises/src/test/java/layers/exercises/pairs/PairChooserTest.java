package layers.exercises.pairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l2.pairs.PairOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pairs.meets-requirements",
        title = "Which system meets the requirements",
        contract = PairChooser.class,
        statement = """
                Write `meeting(options, maxFeeUsd, maxSoftSeconds, maxSettledSeconds)`: the `pair()` names of the \
                options whose `l2FeeUsd()` is at most `maxFeeUsd`, whose `softSeconds()` is at most `maxSoftSeconds` \
                and whose `l1FinalSeconds()` is at most `maxSettledSeconds`, in the options' order. A null list or a \
                negative limit is an `IllegalArgumentException`.""",
        hints = {
            "At most includes the bound itself.",
            "Keep the options' order; return an empty list when none qualifies."
        })
class PairChooserTest {

    private static final PairOutcome OPT = new PairOutcome("Optimistic", "swap", 5, 0.005, 2, 790, 605_000, "watcher");
    private static final PairOutcome ZK = new PairOutcome("ZK", "transfer", 1, 0.01, 2, 790, 800, "soundness");
    private static final PairOutcome LN = new PairOutcome("Lightning", "coffee", 0.3, 0.0001, 0.9, 3_600, 3_600, "peer");
    private static final List<PairOutcome> ALL = List.of(OPT, ZK, LN);

    private final PairChooser chooser = Implementation.of(PairChooser.class);

    @Test
    @Points(1)
    @DisplayName("settled within an hour")
    void hour() {
        assertEquals(List.of("ZK", "Lightning"), chooser.meeting(ALL, 1, 10, 3_600), "meeting(all, $1, 10 s, 1 h)");
    }

    @Test
    @Points(1)
    @DisplayName("under a cent and a second")
    void cheap() {
        assertEquals(List.of("Lightning"), chooser.meeting(ALL, 0.001, 1, 1e9), "meeting(all, $0.001, 1 s, any)");
    }
}
