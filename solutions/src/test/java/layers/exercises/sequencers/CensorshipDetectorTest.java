package layers.exercises.sequencers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import layers.grading.GradedExercise;
import layers.grading.Hidden;
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

    @Test
    @Hidden
    @Points(2)
    @DisplayName("entries that read nothing new are skipped; each message finds its own entry")
    void manyEntries() {
        RollupInbox inbox = inbox();
        for (int i = 0; i < 6; i++) {
            inbox.deposit(SequencerFixtures.ALICE, SequencerFixtures.ALICE, Wei.ether(1), RollupConfig.hours(i));
        }
        batch(inbox, 0, RollupConfig.hours(6));
        batch(inbox, 2, RollupConfig.hours(6.5)); // messages 0, 1: waited 6.5 h and 5.5 h
        batch(inbox, 2, RollupConfig.hours(7));
        batch(inbox, 5, RollupConfig.hours(7.5)); // messages 2, 3, 4: 5.5, 4.5, 3.5 h
        // message 5 (at 5 h) unread: 5 h at now = 10 h
        assertEquals(List.of(0L, 1L, 2L, 5L), detector.suspects(inbox.delayedMessages(), inbox.entries(),
                RollupConfig.hours(10), RollupConfig.hours(4.75)), "threshold 4.75 h");
        assertEquals(List.of(0L), detector.suspects(inbox.delayedMessages(), inbox.entries(), RollupConfig.hours(10),
                RollupConfig.hours(5.5)), "threshold 5.5 h: exactly 5.5 is not more");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("the censored transaction of a real history is found, the others are not")
    void realHistory() {
        SequencerFixtures.Rollup r = SequencerFixtures.history();
        assertEquals(List.of(3L, 4L), detector.suspects(r.inbox.delayedMessages(), r.inbox.entries(), r.now,
                RollupConfig.hours(12)), "Carol's forced transaction (3) was censored for a day, and the deposit"
                + " behind it (4) waited as long");
    }
}
