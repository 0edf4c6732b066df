package layers.exercises.sequencers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.execution.ExecutionState;
import layers.l1.network.SimTime;
import layers.l2.rollup.DelayedMessage;
import layers.l2.rollup.RollupConfig;
import layers.l2.rollup.RollupInbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "sequencers.force-inclusion",
        title = "When a forced transaction must be included",
        contract = ForceInclusion.class,
        statement = """
                A message in Arbitrum's delayed inbox can be forced into the chain by anyone once it is older than \
                the delay (about 24 hours). Write `forceInclusionUpTo(submittedAt, alreadyRead, delay, now)`: \
                starting at `alreadyRead`, count every message, in order, with `submittedAt + delay <= now`, and \
                stop at the first that is too young. Return the new number of messages read (`alreadyRead` if \
                none can be forced in). `alreadyRead` outside 0 to the number of messages, or times that go back, \
                are an `IllegalArgumentException`.""",
        hints = {
            "Check the arguments first, including that the times never go back.",
            "A message can be forced in when `!now.isBefore(submittedAt.plus(delay))`: exactly at the delay counts.",
            "Walk from `alreadyRead` while the message is old enough; stop at the first young one."
        })
class ForceInclusionTest {

    private static final SimTime DAY = RollupConfig.ARBITRUM_FORCE_INCLUSION_DELAY;

    private final ForceInclusion rule = Implementation.of(ForceInclusion.class);

    private static SimTime h(double hours) {
        return RollupConfig.hours(hours);
    }

    @Test
    @Points(2)
    @DisplayName("a message can be forced in exactly 24 hours after it arrived, not a microsecond earlier")
    void exactlyAtTheDelay() {
        List<SimTime> one = List.of(h(1));
        assertEquals(1, rule.forceInclusionUpTo(one, 0, DAY, h(25)), "message at 1 h, now 25 h");
        assertEquals(0, rule.forceInclusionUpTo(one, 0, DAY, h(25).minus(SimTime.ofMicros(1))),
                "message at 1 h, now 1 µs before 25 h");
    }

    @Test
    @Points(2)
    @DisplayName("messages are read in order, up to the first that is too young")
    void inOrder() {
        List<SimTime> times = List.of(h(0), h(10), h(20));
        assertEquals(1, rule.forceInclusionUpTo(times, 0, DAY, h(30)), "messages at 0, 10, 20 h; now 30 h");
        assertEquals(3, rule.forceInclusionUpTo(times, 0, DAY, h(44)), "messages at 0, 10, 20 h; now 44 h");
        assertEquals(2, rule.forceInclusionUpTo(times, 1, DAY, h(40)), "already read 1; now 40 h");
    }

    @Test
    @Points(1)
    @DisplayName("nothing to force: the count stays where it was")
    void nothing() {
        List<SimTime> times = List.of(h(0), h(10));
        assertEquals(2, rule.forceInclusionUpTo(times, 2, DAY, h(100)), "all read already");
        assertEquals(0, rule.forceInclusionUpTo(List.of(), 0, DAY, h(100)), "no messages");
    }

    @Test
    @Points(1)
    @DisplayName("a read count beyond the inbox is an IllegalArgumentException")
    void badCount() {
        assertThrows(IllegalArgumentException.class, () -> rule.forceInclusionUpTo(List.of(h(0)), 2, DAY, h(30)),
                "alreadyRead 2 of 1 message");
        assertThrows(IllegalArgumentException.class, () -> rule.forceInclusionUpTo(List.of(h(0)), -1, DAY, h(30)),
                "alreadyRead -1");
    }
}
