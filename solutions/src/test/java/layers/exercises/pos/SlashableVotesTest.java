package layers.exercises.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.pos.AttestationData;
import layers.l1.pos.Checkpoint;
import layers.l1.pos.Epoch;
import layers.l1.pos.Slashing;
import layers.l1.pos.Slot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pos.slashable",
        title = "Double votes and surround votes",
        contract = SlashableVotes.class,
        statement = """
                A validator that signs two votes Casper FFG forbids can be slashed. Write \
                `isSlashableAttestationData(data1, data2)`, the specification's test: a **double vote** (two \
                different votes with the same target epoch) or a **surround vote** (`data1`'s source epoch strictly \
                before `data2`'s and `data2`'s target epoch strictly before `data1`'s). As in the specification, \
                the surround test is one-directional: `data1` must be the vote that surrounds.""",
        hints = {
            "An `AttestationData` has `slot()`, `beaconBlockRoot()`, `source()` and `target()`; a checkpoint has "
                    + "`epoch()` and `root()`. Epochs compare with `equals`, `isBefore` and `isAfter`.",
            "A double vote compares the whole data, not just the targets: two votes for the same target that differ "
                    + "only in the head block they name are two different votes.",
            "`!data1.equals(data2) && data1.target().epoch().equals(data2.target().epoch())`, or "
                    + "`data1.source().epoch().isBefore(data2.source().epoch())` and "
                    + "`data2.target().epoch().isBefore(data1.target().epoch())`."
        })
class SlashableVotesTest {

    private final SlashableVotes votes = Implementation.of(SlashableVotes.class);

    /** The checkpoint of {@code epoch} on chain {@code chain}: two chains have different roots at every epoch. */
    private static Checkpoint checkpoint(String chain, long epoch) {
        return new Checkpoint(Epoch.of(epoch), root(chain + " " + epoch));
    }

    private static Hash root(String label) {
        return Sha256.hash(label.getBytes(StandardCharsets.US_ASCII));
    }

    /** A vote from the source epoch to the target epoch, both on {@code chain}. */
    private static AttestationData vote(String chain, long source, long target) {
        return AttestationData.link(checkpoint(chain, source), checkpoint(chain, target));
    }

    @Test
    @Points(1)
    @DisplayName("two different votes for the same target epoch are a double vote")
    void doubleVote() {
        AttestationData a = vote("A", 3, 5);
        AttestationData b = vote("B", 3, 5);
        assertTrue(votes.isSlashableAttestationData(a, b), "isSlashableAttestationData(A 3→5, B 3→5)");
        assertTrue(votes.isSlashableAttestationData(b, a), "isSlashableAttestationData(B 3→5, A 3→5)");
        // same target epoch from a different source: still two votes for epoch 6
        assertTrue(votes.isSlashableAttestationData(vote("A", 2, 6), vote("A", 3, 6)),
                "isSlashableAttestationData(A 2→6, A 3→6)");
    }

    @Test
    @Points(1)
    @DisplayName("the same vote signed twice is not slashable")
    void sameVoteTwice() {
        assertFalse(votes.isSlashableAttestationData(vote("A", 3, 5), vote("A", 3, 5)),
                "isSlashableAttestationData(A 3→5, A 3→5)");
    }

    @Test
    @Points(1)
    @DisplayName("data1 surrounding data2 is a surround vote")
    void surroundVote() {
        assertTrue(votes.isSlashableAttestationData(vote("A", 2, 7), vote("A", 3, 6)),
                "isSlashableAttestationData(A 2→7, A 3→6)");
        assertTrue(votes.isSlashableAttestationData(vote("B", 1, 9), vote("A", 4, 5)),
                "isSlashableAttestationData(B 1→9, A 4→5)");
    }

    @Test
    @Points(1)
    @DisplayName("an honest validator's votes, epoch after epoch, are never slashable")
    void honestVotes() {
        assertFalse(votes.isSlashableAttestationData(vote("A", 3, 4), vote("A", 4, 5)),
                "isSlashableAttestationData(A 3→4, A 4→5)");
        assertFalse(votes.isSlashableAttestationData(vote("A", 4, 5), vote("A", 3, 4)),
                "isSlashableAttestationData(A 4→5, A 3→4)");
        // a vote after a gap, from an older justified checkpoint: not surrounding anything
        assertFalse(votes.isSlashableAttestationData(vote("A", 3, 4), vote("A", 3, 7)),
                "isSlashableAttestationData(A 3→4, A 3→7)");
    }

    @Test
    @Points(1)
    @DisplayName("the surround test is one-directional: data2 surrounding data1 is not slashable in this order")
    void oneDirectional() {
        assertFalse(votes.isSlashableAttestationData(vote("A", 3, 6), vote("A", 2, 7)),
                "isSlashableAttestationData(A 3→6, A 2→7)");
    }

    @Test
    @Points(1)
    @DisplayName("a shared source or an overlap is not a surround: the spans must nest strictly")
    void strictNesting() {
        assertFalse(votes.isSlashableAttestationData(vote("A", 3, 7), vote("B", 3, 6)),
                "isSlashableAttestationData(A 3→7, B 3→6)");
        assertFalse(votes.isSlashableAttestationData(vote("A", 2, 5), vote("B", 3, 7)),
                "isSlashableAttestationData(A 2→5, B 3→7)");
        assertFalse(votes.isSlashableAttestationData(vote("A", 2, 6), vote("B", 6, 8)),
                "isSlashableAttestationData(A 2→6, B 6→8)");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("two votes that differ only in the head block, or only in the slot, are a double vote")
    void differsOnlyInHead() {
        Checkpoint source = checkpoint("A", 3);
        Checkpoint target = checkpoint("A", 5);
        Slot slot = Slot.of(5 * 32 + 7);
        AttestationData headX = new AttestationData(slot, root("head X"), source, target);
        AttestationData headY = new AttestationData(slot, root("head Y"), source, target);
        assertTrue(votes.isSlashableAttestationData(headX, headY),
                "isSlashableAttestationData(A 3→5 with head X, A 3→5 with head Y)");
        AttestationData laterSlot = new AttestationData(slot.next(), root("head X"), source, target);
        assertTrue(votes.isSlashableAttestationData(headX, laterSlot),
                "isSlashableAttestationData(A 3→5 at slot 167, A 3→5 at slot 168)");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("1,000 seeded random pairs of votes")
    void seededPairs() {
        Random random = new Random(20_220_915L);
        String[] chains = {"A", "B"};
        for (int i = 0; i < 1_000; i++) {
            long s1 = random.nextInt(8);
            long s2 = random.nextInt(8);
            AttestationData a = vote(chains[random.nextInt(2)], s1, s1 + 1 + random.nextInt(4));
            AttestationData b = vote(chains[random.nextInt(2)], s2, s2 + 1 + random.nextInt(4));
            assertEquals(Slashing.isSlashableAttestationData(a, b), votes.isSlashableAttestationData(a, b),
                    "isSlashableAttestationData(" + a + ", " + b + "), random pair #" + i);
        }
    }
}
