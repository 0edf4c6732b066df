package layers.exercises.bridges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "bridges.stolen",
        title = "What an attacker with some of the keys can steal",
        contract = BridgeTheft.class,
        statement = """
                A multisig bridge releases whatever m of its signers sign. Write `stolen(locked, thresholds, \
                compromisedKeys)`: bridge i holds `locked[i]` and releases on `thresholds[i]` signatures; an \
                attacker holding `compromisedKeys` of each bridge's signer keys takes all of a bridge where it has \
                at least the threshold and nothing where it has fewer. Return the total. Arrays of different \
                lengths, a negative amount or key count, or a threshold below 1 are an `IllegalArgumentException`; \
                a total beyond a `long` is an `ArithmeticException`.""",
        hints = {
            "A multisig bridge checks only the signatures: with m keys the attacker signs a release of everything.",
            "With m - 1 keys it gets nothing: there is no partial release.",
            "Sum with Math.addExact and check the arguments first."
        })
class BridgeTheftTest {

    private final BridgeTheft theft = Implementation.of(BridgeTheft.class);

    @Test
    @Points(1)
    @DisplayName("a 5-of-9 bridge: 5 keys take everything")
    void fiveOfNine() {
        assertEquals(173_600, theft.stolen(new long[] {173_600}, new int[] {5}, 5), "stolen([173600], [5], 5)");
    }

    @Test
    @Points(1)
    @DisplayName("one key short takes nothing")
    void oneShort() {
        assertEquals(0, theft.stolen(new long[] {173_600}, new int[] {5}, 4), "stolen([173600], [5], 4)");
    }

    @Test
    @Points(2)
    @DisplayName("several bridges: only those at or under the key count are drained")
    void several() {
        assertEquals(100 + 300, theft.stolen(new long[] {100, 200, 300}, new int[] {2, 5, 3}, 3),
                "stolen([100, 200, 300], [2, 5, 3], 3)");
    }

    @Test
    @Points(1)
    @DisplayName("mismatched arrays are rejected")
    void mismatched() {
        assertThrows(IllegalArgumentException.class, () -> theft.stolen(new long[] {1, 2}, new int[] {1}, 1),
                "two amounts, one threshold");
    }
}
