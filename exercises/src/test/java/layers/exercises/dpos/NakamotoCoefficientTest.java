package layers.exercises.dpos;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.dpos.Concentration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "dpos.nakamoto",
        title = "The Nakamoto coefficient",
        contract = NakamotoCoefficient.class,
        statement = """
                The Nakamoto coefficient measures decentralisation in one number: the fewest holders who together \
                control more than a given share of the votes (or stake, or hash power). More than a third can \
                stop a BFT chain from finalising; more than half can outvote everyone else. Write `nakamoto`, \
                which takes the holders' weights in any order and the share as `numerator/denominator`, and \
                returns that smallest number, taking the largest holders first. *More than* is strict: of three \
                equal holders, one has exactly a third, so it takes two. Return 0 when the total is 0. Use exact \
                integer arithmetic, leave the caller's array in its order, and throw `IllegalArgumentException` for \
                a negative weight or a share that is not at least 0 and below 1.""",
        hints = {
            "Check the share and every weight first. Sort a copy, `weights.clone()`, never the caller's array; "
                    + "`Arrays.sort` sorts ascending, so walk the copy from its end to take the largest first.",
            "\"More than `numerator/denominator` of the total\" without division: "
                    + "`sum * denominator > total * numerator`. Division, in integers or in `double`, rounds, and "
                    + "the answer changes exactly where a sum is equal to the share.",
            "Keep a running sum and return how many holders you have added as soon as the inequality holds. "
                    + "Strictly greater: exactly a third is not more than a third."
        })
class NakamotoCoefficientTest {

    private final NakamotoCoefficient coefficient = Implementation.of(NakamotoCoefficient.class);

    @Test
    @Points(1)
    @DisplayName("21 equal producers: 8 for more than a third, 11 for more than half")
    void equalProducers() {
        long[] equal = new long[21];
        Arrays.fill(equal, 1_000);
        assertAll(
                () -> assertEquals(8, coefficient.nakamoto(equal, 1, 3), "nakamoto of 21 equal weights, 1/3"),
                () -> assertEquals(11, coefficient.nakamoto(equal, 1, 2), "nakamoto of 21 equal weights, 1/2"));
    }

    @Test
    @Points(2)
    @DisplayName("exactly the share is not more than the share")
    void exactlyTheShareIsNotEnough() {
        assertAll(
                () -> assertEquals(2, coefficient.nakamoto(new long[] {1, 1, 1}, 1, 3), "nakamoto of [1, 1, 1], 1/3"),
                () -> assertEquals(2, coefficient.nakamoto(new long[] {1, 2, 1}, 1, 2), "nakamoto of [1, 2, 1], 1/2"),
                () -> assertEquals(1, coefficient.nakamoto(new long[] {1, 3, 1}, 1, 2), "nakamoto of [1, 3, 1], 1/2"));
    }

    @Test
    @Points(1)
    @DisplayName("takes the largest holders first, whatever the order")
    void largestFirst() {
        assertAll(
                () -> assertEquals(2, coefficient.nakamoto(new long[] {1, 50, 2, 30, 17}, 1, 2),
                        "nakamoto of [1, 50, 2, 30, 17], 1/2"),
                () -> assertEquals(1, coefficient.nakamoto(new long[] {1, 50, 2, 30, 17}, 1, 3),
                        "nakamoto of [1, 50, 2, 30, 17], 1/3"),
                () -> assertEquals(4, coefficient.nakamoto(new long[] {10, 10, 10, 10, 10, 10, 10}, 1, 2),
                        "nakamoto of seven weights of 10, 1/2"));
    }

    @Test
    @Points(1)
    @DisplayName("no holders, or no weight at all: 0")
    void nothingToControl() {
        assertAll(
                () -> assertEquals(0, coefficient.nakamoto(new long[0], 1, 3), "nakamoto of [], 1/3"),
                () -> assertEquals(0, coefficient.nakamoto(new long[] {0, 0}, 1, 2), "nakamoto of [0, 0], 1/2"));
    }

    @Test
    @Points(1)
    @DisplayName("a negative weight or a share outside [0, 1) is an IllegalArgumentException")
    void rejectsBadInput() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> coefficient.nakamoto(new long[] {5, -1}, 1, 3),
                        "nakamoto of [5, -1], 1/3"),
                () -> assertThrows(IllegalArgumentException.class, () -> coefficient.nakamoto(new long[] {5}, 1, 1),
                        "nakamoto of [5], 1/1"),
                () -> assertThrows(IllegalArgumentException.class, () -> coefficient.nakamoto(new long[] {5}, 1, 0),
                        "nakamoto of [5], 1/0"));
    }
}
