package layers.exercises.sequencers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.execution.ExecutionState;
import layers.l1.fees.Wei;
import layers.l1.network.SimTime;
import layers.l2.rollup.RollupConfig;
import layers.l2.rollup.RollupInbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "sequencers.detect-censorship",
        title = "Detect a censored transaction in the L1 inbox",
        contract = CensorshipDetector.class,
        statement = """
                Everything sent through L1 is public, so anyone can see how long each delayed message waited. \
                Write `suspects(delayed, entries, now, threshold)`: the indices of the delayed messages that waited \
                *more* than `threshold`. Message `i` is sequenced by the first entry whose \
                `afterDelayedMessagesRead()` is above `i`, at that entry's `postedAt()`; if no entry has read it, \
                it is still waiting at `now`.""",
        hints = {
            "For message `i`, look for the first entry `e` with `e.afterDelayedMessagesRead() > i`.",
            "Its wait ends at `e.postedAt()`, or at `now` if there is no such entry.",
            "A suspect waited strictly more than the threshold: `threshold.isBefore(end.minus(submittedAt))`."
        })
class CensorshipDetectorTest {

    private static final SimTime HOUR = RollupConfig.hours(1);

    private final CensorshipDetector detector = Implementation.of(CensorshipDetector.class);

    /** An inbox whose batches carry placeholder bytes: the inbox checks who posts, never what is inside. */
    private static RollupInbox inbox() {
        return new RollupInbox(RollupConfig.arbitrum(), SequencerFixtures.CODEC, ExecutionState.genesis(Map.of(
                SequencerFixtures.ALICE, Wei.ether(100))));
    }

    private static void batch(RollupInbox inbox, long after, SimTime at) {
        inbox.postBatch(RollupConfig.DEFAULT_BATCH_POSTER, new byte[] {1}, after, at);
    }

    @Test
    @Points(2)
    @DisplayName("a message read by the next batch is fine; one read a day later is a suspect")
    void lateIsSuspect() {
        RollupInbox inbox = inbox();
        inbox.deposit(SequencerFixtures.ALICE, SequencerFixtures.ALICE, Wei.ether(1), SimTime.ZERO);
        batch(inbox, 1, SimTime.ofMinutes(10));
        inbox.deposit(SequencerFixtures.ALICE, SequencerFixtures.ALICE, Wei.ether(1), SimTime.ofMinutes(20));
        batch(inbox, 1, SimTime.ofMinutes(30));
        batch(inbox, 2, RollupConfig.hours(25));
        assertEquals(List.of(1L), detector.suspects(inbox.delayedMessages(), inbox.entries(), RollupConfig.hours(26),
                HOUR), "deposit 0 read after 10 min, deposit 1 after 24 h 40 min; threshold 1 h");
    }

    @Test
    @Points(2)
    @DisplayName("a message nobody has read is measured until now")
    void unreadUntilNow() {
        RollupInbox inbox = inbox();
        inbox.submitForcedTransaction(SequencerFixtures.transfer(SequencerFixtures.ALICE, 0, SequencerFixtures.BOB, 1),
                SimTime.ZERO);
        assertEquals(List.of(), detector.suspects(inbox.delayedMessages(), inbox.entries(), SimTime.ofMinutes(30),
                HOUR), "unread for 30 min, threshold 1 h");
        assertEquals(List.of(0L), detector.suspects(inbox.delayedMessages(), inbox.entries(), RollupConfig.hours(2),
                HOUR), "unread for 2 h, threshold 1 h");
    }

    @Test
    @Points(1)
    @DisplayName("a forced inclusion counts as reading the messages")
    void forcedInclusionReads() {
        RollupInbox inbox = inbox();
        inbox.submitForcedTransaction(SequencerFixtures.transfer(SequencerFixtures.ALICE, 0, SequencerFixtures.BOB, 1),
                SimTime.ZERO);
        inbox.forceInclusion(RollupConfig.ARBITRUM_FORCE_INCLUSION_DELAY);
        assertEquals(List.of(), detector.suspects(inbox.delayedMessages(), inbox.entries(), RollupConfig.hours(100),
                RollupConfig.hours(24)), "forced in after exactly 24 h, threshold 24 h");
        assertEquals(List.of(0L), detector.suspects(inbox.delayedMessages(), inbox.entries(), RollupConfig.hours(100),
                RollupConfig.hours(23)), "forced in after 24 h, threshold 23 h");
    }
}
