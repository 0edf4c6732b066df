package layers.exercises.dpos;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
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

    @Test
    @Hidden
    @Points(1)
    @DisplayName("leaves the caller's array in its order")
    void leavesTheArrayAlone() {
        long[] weights = {3, 90, 1, 45, 7};
        coefficient.nakamoto(weights, 1, 3);
        assertArrayEquals(new long[] {3, 90, 1, 45, 7}, weights, "the array after nakamoto([3, 90, 1, 45, 7], 1, 3)");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("exact where floating point rounds: three equal holders of 3,002,399,751,580,331")
    void exactWithLargeWeights() {
        long x = 3_002_399_751_580_331L; // 3x / 3.0 rounds to a double above x
        assertEquals(2, coefficient.nakamoto(new long[] {x, x, x}, 1, 3), "nakamoto of three weights of " + x + ", 1/3");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("agrees with the course library on 200 seeded distributions and shares")
    void agreesWithTheLibrary() {
        Random random = new Random(31);
        long[][] shares = {{1, 3}, {1, 2}, {2, 3}, {0, 1}, {51, 100}};
        for (int c = 0; c < 200; c++) {
            long[] weights = new long[1 + random.nextInt(40)];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextInt(4) == 0 ? 0 : (long) (100 * Math.pow(1 - random.nextDouble(), -1 / 1.1));
            }
            long[] share = shares[c % shares.length];
            assertEquals(Concentration.nakamotoCoefficient(weights, share[0], share[1]),
                    coefficient.nakamoto(weights, share[0], share[1]),
                    "nakamoto of " + Arrays.toString(weights) + ", " + share[0] + "/" + share[1]);
        }
    }
}
