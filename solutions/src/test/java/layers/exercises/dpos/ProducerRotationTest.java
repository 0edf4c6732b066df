package layers.exercises.dpos;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.dpos.DposParams;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "dpos.schedule",
        title = "Whose turn is it? The round-robin schedule",
        contract = ProducerRotation.class,
        statement = """
                The elected producers take turns in the order of their list, each making `blocksPerTurn` \
                consecutive blocks (EOS: 21 producers, 12 blocks each, a round of 252 slots), and then the next \
                round starts with the first producer again. Slots count from 0 across rounds. Write \
                `producerAt`, the producer due at a slot, and `nextSlotOf`, the first slot at or after `fromSlot` \
                at which a given producer is due: `fromSlot` itself during its turn, else the start of its next \
                turn, which may be in the next round. Throw `IllegalArgumentException` for no producers, \
                `blocksPerTurn < 1`, a negative slot or a producer that is not in the list.""",
        hints = {
            "A round has `producers.size() * blocksPerTurn` slots. Turns count from 0 across rounds too: slot `s` is "
                    + "in turn `s / blocksPerTurn`, and that turn belongs to producer number "
                    + "`turn % producers.size()`.",
            "Do the arithmetic in `long`, and cast to `int` only the final index into the list: a chain that has run "
                    + "for years is far past slot 2,147,483,647.",
            "For `nextSlotOf`: with `p = producers.indexOf(producer)`, find the round of `fromSlot` and the first "
                    + "slot of `p`'s turn in it, `round * slotsPerRound + p * blocksPerTurn`. If `fromSlot` is past "
                    + "the end of that turn, the answer is one round later."
        })
class ProducerRotationTest {

    /** EOS's 21 producers, named bp00 .. bp20. */
    private static final List<String> EOS = names(21);
    /** Tron's 27 Super Representatives, named sr00 .. sr26. */
    private static final List<String> TRON = IntStream.range(0, 27).mapToObj(i -> String.format("sr%02d", i)).toList();

    private final ProducerRotation rotation = Implementation.of(ProducerRotation.class);

    private static List<String> names(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("bp%02d", i)).toList();
    }

    @Test
    @Points(1)
    @DisplayName("EOS's first round: 12 blocks each, in list order")
    void firstRound() {
        int turn = DposParams.EOS.blocksPerTurn();
        assertAll(
                () -> assertEquals("bp00", rotation.producerAt(EOS, turn, 0), "producerAt slot 0"),
                () -> assertEquals("bp00", rotation.producerAt(EOS, turn, 11), "producerAt slot 11"),
                () -> assertEquals("bp01", rotation.producerAt(EOS, turn, 12), "producerAt slot 12"),
                () -> assertEquals("bp10", rotation.producerAt(EOS, turn, 125), "producerAt slot 125"),
                () -> assertEquals("bp20", rotation.producerAt(EOS, turn, 251), "producerAt slot 251"));
    }

    @Test
    @Points(1)
    @DisplayName("the next round starts over with the first producer")
    void roundsRepeat() {
        int turn = DposParams.EOS.blocksPerTurn();
        assertAll(
                () -> assertEquals("bp00", rotation.producerAt(EOS, turn, 252), "producerAt slot 252"),
                () -> assertEquals("bp01", rotation.producerAt(EOS, turn, 252 + 12), "producerAt slot 264"),
                () -> assertEquals("bp20", rotation.producerAt(EOS, turn, 10 * 252 - 1), "producerAt slot 2519"));
    }

    @Test
    @Points(1)
    @DisplayName("one block per turn, 27 producers")
    void oneBlockPerTurn() {
        assertAll(
                () -> assertEquals("sr05", rotation.producerAt(TRON, 1, 5), "producerAt slot 5, 1 block per turn"),
                () -> assertEquals("sr00", rotation.producerAt(TRON, 1, 27), "producerAt slot 27, 1 block per turn"),
                () -> assertEquals("sr26", rotation.producerAt(TRON, 1, 27 * 1000 + 26),
                        "producerAt slot 27026, 1 block per turn"));
    }

    @Test
    @Points(2)
    @DisplayName("nextSlotOf: now during the turn, else the start of the next turn")
    void nextSlot() {
        int turn = DposParams.EOS.blocksPerTurn();
        assertAll(
                () -> assertEquals(40L, rotation.nextSlotOf(EOS, turn, "bp03", 40), "nextSlotOf bp03 from slot 40"),
                () -> assertEquals(36L, rotation.nextSlotOf(EOS, turn, "bp03", 0), "nextSlotOf bp03 from slot 0"),
                () -> assertEquals(252L + 36, rotation.nextSlotOf(EOS, turn, "bp03", 48),
                        "nextSlotOf bp03 from slot 48 (its turn has ended)"),
                () -> assertEquals(252L, rotation.nextSlotOf(EOS, turn, "bp00", 12), "nextSlotOf bp00 from slot 12"));
    }

    @Test
    @Points(1)
    @DisplayName("bad input is an IllegalArgumentException")
    void rejectsBadInput() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> rotation.producerAt(List.of(), 12, 0),
                        "producerAt with no producers"),
                () -> assertThrows(IllegalArgumentException.class, () -> rotation.producerAt(EOS, 0, 0),
                        "producerAt with 0 blocks per turn"),
                () -> assertThrows(IllegalArgumentException.class, () -> rotation.producerAt(EOS, 12, -1),
                        "producerAt slot -1"),
                () -> assertThrows(IllegalArgumentException.class, () -> rotation.nextSlotOf(EOS, 12, "bp99", 0),
                        "nextSlotOf bp99, who is not a producer"));
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("slots far beyond the range of an int")
    void slotsBeyondInt() {
        long slot = 10_000_000_000_003L * 252 + 12 * 7 + 5; // a whole number of rounds, then bp07's turn
        assertAll(
                () -> assertEquals("bp07", rotation.producerAt(EOS, 12, slot), "producerAt slot " + slot),
                () -> assertEquals(slot - 5 + 252, rotation.nextSlotOf(EOS, 12, "bp07", slot + 7),
                        "nextSlotOf bp07 from slot " + (slot + 7)),
                () -> assertEquals("sr01", rotation.producerAt(TRON, 1, 27L * Integer.MAX_VALUE + 1),
                        "producerAt slot 27 * Integer.MAX_VALUE + 1, 1 block per turn"));
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("agrees with walking the slots one by one, 300 seeded cases")
    void agreesWithWalking() {
        Random random = new Random(2024);
        for (int c = 0; c < 300; c++) {
            List<String> producers = new ArrayList<>(names(1 + random.nextInt(7)));
            java.util.Collections.shuffle(producers, random);
            int perTurn = 1 + random.nextInt(5);
            String producer = producers.get(random.nextInt(producers.size()));
            long from = random.nextInt(200);
            long expected = from;
            while (!producers.get((int) (expected / perTurn % producers.size())).equals(producer)) {
                expected++;
            }
            assertEquals(expected, rotation.nextSlotOf(producers, perTurn, producer, from),
                    "nextSlotOf " + producer + " from slot " + from + " in " + producers + ", " + perTurn
                            + " blocks per turn");
        }
    }
}
