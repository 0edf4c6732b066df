package layers.exercises.sequencers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.fees.Wei;
import layers.l2.rollup.ExitHatch;
import layers.l2.rollup.L1PostedData;
import layers.l2.rollup.RollupChain;
import layers.l2.rollup.SequencerInboxEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "sequencers.replay",
        title = "Replay the posted batches to rebuild the L2 state",
        contract = BatchReplay.class,
        statement = """
                The exit hatch: with the sequencer gone, rebuild the L2 chain from L1 data alone. Write \
                `replay(entries, delayed, codec)`: from `RollupChain.genesis()`, apply each inbox entry in order. \
                A `BATCH` entry's bytes decode (`RollupBatch.decode(data, codec)`) to blocks; apply each with the \
                delayed messages it newly reads and its transactions. A `FORCED_INCLUSION` entry is one block, the \
                next number, at the entry's `postedAt()` (or the chain's last timestamp, if later), reading the \
                delayed messages up to `afterDelayedMessagesRead()`, with no transactions. A batch that does not \
                decode is an `IllegalArgumentException` naming the entry.""",
        hints = {
            "The messages a block reads are `delayed.subList((int) chain.delayedMessagesRead(), (int) upTo)`.",
            "A forced inclusion's block is `chain.height() + 1`; its timestamp must not go back.",
            "Wrap the decode in a try/catch and rethrow with the entry's index in the message."
        })
class BatchReplayTest {

    private final BatchReplay replay = Implementation.of(BatchReplay.class);

    private static List<SequencerInboxEntry> batchesOnly(L1PostedData data) {
        List<SequencerInboxEntry> out = new ArrayList<>();
        for (SequencerInboxEntry e : data.entries()) {
            if (e.kind() == SequencerInboxEntry.Kind.FORCED_INCLUSION) {
                break;
            }
            out.add(e);
        }
        return out;
    }

    @Test
    @Points(3)
    @DisplayName("the batches before the forced inclusion rebuild the sequencer's state at that point")
    void batches() {
        SequencerFixtures.Rollup r = SequencerFixtures.history();
        L1PostedData data = r.inbox.postedData();
        List<SequencerInboxEntry> entries = batchesOnly(data);
        RollupChain mine = replay.replay(entries, data.delayedMessages(), SequencerFixtures.CODEC);
        RollupChain reference = ExitHatch.replayWithoutAuthentication(SequencerFixtures.CODEC,
                data.withEntries(entries)).chain();
        assertEquals(reference.height(), mine.height(), "blocks rebuilt from " + entries.size() + " batches");
        assertEquals(reference.outputRoot(), mine.outputRoot(), "output root after " + entries.size() + " batches");
        assertEquals(Wei.ether(10).minus(Wei.of(1_750L * (Wei.PER_ETHER / 1_000))).minus(Wei.of(
                (100 + 101 + 102) * 2L * (Wei.PER_ETHER / 1_000))), mine.balance(SequencerFixtures.ALICE),
                "Alice's L2 balance");
    }

    @Test
    @Points(1)
    @DisplayName("a batch that does not decode is an IllegalArgumentException naming the entry")
    void malformed() {
        SequencerFixtures.Rollup r = SequencerFixtures.history();
        L1PostedData data = r.inbox.postedData().withFlippedByte(2, 20);
        var e = assertThrows(IllegalArgumentException.class,
                () -> replay.replay(data.entries(), data.delayedMessages(), SequencerFixtures.CODEC),
                "entry 2 with a flipped byte");
        assertTrue(e.getMessage().contains("2"), "the message names entry 2: " + e.getMessage());
    }
}
