package layers.exercises.bridges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "bridges.sampling-miss",
        title = "The probability that sampling misses withheld data",
        contract = SamplingOdds.class,
        statement = """
                A light node samples random chunks of erasure-coded data. Write `missProbability(chunkCount, \
                withheld, samples)`: the probability that `samples` independent uniform samples (with replacement) \
                all hit served chunks, `(1 - withheld/chunkCount)^samples`. Then `samplesNeeded(chunkCount, target)`: \
                the fewest samples that bring that probability to at most `target` against a publisher that \
                withholds just enough of the 2k coded chunks to block reconstruction, k + 1 of them. For 256 chunks \
                (129 withheld) and a target of one in a million, that is 20. Bad arguments are an \
                `IllegalArgumentException`.""",
        hints = {
            "One sample misses with probability (chunkCount - withheld) / chunkCount; independent samples multiply.",
            "Blocking 2k chunks takes k + 1 of them: f = (k + 1) / 2k, just over one half.",
            "Count s up from 0 until missProbability(chunkCount, k + 1, s) <= target."
        })
class SamplingOddsTest {

    private final SamplingOdds odds = Implementation.of(SamplingOdds.class);

    @Test
    @Points(1)
    @DisplayName("half withheld, 10 samples: 1/1024")
    void halfWithheld() {
        assertEquals(1.0 / 1024, odds.missProbability(128, 64, 10), 1e-15, "missProbability(128, 64, 10)");
    }

    @Test
    @Points(1)
    @DisplayName("nothing withheld is never caught; everything withheld always is")
    void extremes() {
        assertEquals(1.0, odds.missProbability(128, 0, 30), 0, "missProbability(128, 0, 30)");
        assertEquals(0.0, odds.missProbability(128, 128, 1), 0, "missProbability(128, 128, 1)");
        assertEquals(1.0, odds.missProbability(128, 100, 0), 0, "missProbability(128, 100, 0): no samples");
    }

    @Test
    @Points(2)
    @DisplayName("samples for one in a million against 129 of 256 withheld")
    void samplesForAMillion() {
        assertEquals(20, odds.samplesNeeded(256, 1e-6), "samplesNeeded(256, 1e-6)");
    }

    @Test
    @Points(1)
    @DisplayName("bad arguments")
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> odds.missProbability(128, 129, 1), "withheld 129 of 128");
        assertThrows(IllegalArgumentException.class, () -> odds.missProbability(0, 0, 1), "no chunks");
        assertThrows(IllegalArgumentException.class, () -> odds.samplesNeeded(256, 1.0), "target 1");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("small codes, where k + 1 of 2k is well above a half")
    void smallCodes() {
        // 2 chunks: withholding 2 of 2, every sample is caught: 1 sample suffices.
        assertEquals(1, odds.samplesNeeded(2, 0.5), "samplesNeeded(2, 0.5)");
        // 8 chunks, 5 withheld: (3/8)^s <= 0.01 needs s = 5 (0.0074), s = 4 gives 0.0198.
        assertEquals(5, odds.samplesNeeded(8, 0.01), "samplesNeeded(8, 0.01)");
        assertEquals(Math.pow(3.0 / 8, 4), odds.missProbability(8, 5, 4), 1e-15, "missProbability(8, 5, 4)");
        assertThrows(IllegalArgumentException.class, () -> odds.samplesNeeded(7, 0.1), "odd chunk count");
        assertThrows(IllegalArgumentException.class, () -> odds.missProbability(8, 1, -1), "negative samples");
    }
}
