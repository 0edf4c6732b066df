package layers.exercises.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.crypto.Hash;
import layers.l1.crypto.Sha256;
import layers.l1.pos.Gwei;
import layers.l1.pos.ProposerSelection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pos.proposer",
        title = "Pick a proposer, weighted by stake",
        contract = ProposerSampling.class,
        statement = """
                Write `computeProposerIndex`, the specification's acceptance sampling (consensus-specs phase0, \
                `compute_proposer_index`). For `i = 0, 1, 2, ...` the candidate is \
                `indices[computeShuffledIndex(i % total, total, seed)]` (use `ProposerSelection.computeShuffledIndex`); \
                its random byte is byte `i % 32` of `SHA-256(seed || i / 32 as 8 little-endian bytes)`; and it is \
                accepted if `effective_balance * 255 >= MAX_EFFECTIVE_BALANCE * random_byte`. Return the first \
                candidate accepted. No indices to choose from is an `IllegalArgumentException`.""",
        hints = {
            "Loop with a `long i` from 0 until a candidate is accepted; check first that `indices` is not empty.",
            "The random bytes come 32 at a time: `Sha256.hash(seed.bytes(), "
                    + "ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(i / 32).array())`, then byte "
                    + "`i % 32`, and `& 0xff` for a value from 0 to 255.",
            "Compare in `long`s: `effectiveBalance.value() * 255 >= SpecConstants.MAX_EFFECTIVE_BALANCE * randomByte`."
        })
class ProposerSamplingTest {

    private final ProposerSampling sampling = Implementation.of(ProposerSampling.class);

    private static Hash seed(String label, int n) {
        return Sha256.hash((label + " " + n).getBytes(StandardCharsets.US_ASCII));
    }

    private static int[] allOf(Gwei[] balances) {
        int[] indices = new int[balances.length];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        return indices;
    }

    private static Gwei[] ether(long... amounts) {
        return Arrays.stream(amounts).mapToObj(Gwei::ether).toArray(Gwei[]::new);
    }

    @Test
    @Points(1)
    @DisplayName("a lone validator always proposes, even with half the maximum stake")
    void loneValidator() {
        Gwei[] balances = ether(32, 32, 32, 32, 32, 16);
        for (int n = 0; n < 6; n++) {
            assertEquals(5, sampling.computeProposerIndex(balances, new int[] {5}, seed("lone", n)),
                    "computeProposerIndex(indices [5] with 16 ETH, seed #" + n + ")");
        }
    }

    @Test
    @Points(2)
    @DisplayName("when every validator has 32 ETH, the first candidate of the shuffle wins")
    void fullStakeTakesTheFirstCandidate() {
        Gwei[] balances = ether(32, 32, 32, 32, 32, 32, 32, 32, 32, 32);
        int[] indices = allOf(balances);
        for (int n = 0; n < 12; n++) {
            Hash seed = seed("full", n);
            int expected = (int) ProposerSelection.computeShuffledIndex(0, indices.length, seed);
            assertEquals(expected, sampling.computeProposerIndex(balances, indices, seed),
                    "computeProposerIndex(10 validators of 32 ETH, seed #" + n + ")");
        }
    }

    @Test
    @Points(2)
    @DisplayName("agrees with the specification on 40 seeded slots of 8 validators of 8 to 32 ETH")
    void agreesWithTheSpecification() {
        Gwei[] balances = ether(32, 8, 24, 16, 32, 12, 28, 20);
        int[] indices = allOf(balances);
        for (int n = 0; n < 40; n++) {
            Hash seed = seed("mixed", n);
            assertEquals(ProposerSelection.computeProposerIndex(balances, indices, seed),
                    sampling.computeProposerIndex(balances, indices, seed),
                    "computeProposerIndex([32, 8, 24, 16, 32, 12, 28, 20 ETH], seed #" + n + ")");
        }
    }

    @Test
    @Points(1)
    @DisplayName("no validators to choose from is an IllegalArgumentException")
    void noValidators() {
        assertThrows(IllegalArgumentException.class,
                () -> sampling.computeProposerIndex(ether(32, 32), new int[0], seed("none", 0)),
                "computeProposerIndex(indices [], ...)");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("long walks: small stakes need random bytes past the first 32")
    void longWalks() {
        // with 1 ETH a candidate is accepted only for a random byte of 0 to 7: the walk often passes candidate 31
        Gwei[] balances = ether(1, 1, 1, 1, 1, 2, 2, 1);
        int[] indices = allOf(balances);
        for (int n = 0; n < 25; n++) {
            Hash seed = seed("small", n);
            assertEquals(ProposerSelection.computeProposerIndex(balances, indices, seed),
                    sampling.computeProposerIndex(balances, indices, seed),
                    "computeProposerIndex([1, 1, 1, 1, 1, 2, 2, 1 ETH], seed #" + n + ")");
        }
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("chooses among the given indices only, and a validator with no stake only on a random byte of 0")
    void subsetAndZeroStake() {
        Random random = new Random(1_606_780_800L);
        Gwei[] balances = new Gwei[40];
        for (int i = 0; i < balances.length; i++) {
            balances[i] = i % 10 == 0 ? Gwei.ZERO : Gwei.ether(1 + random.nextInt(32));
        }
        int[] indices = {0, 3, 7, 10, 11, 19, 20, 26, 30, 38};
        for (int n = 0; n < 30; n++) {
            Hash seed = seed("subset", n);
            assertEquals(ProposerSelection.computeProposerIndex(balances, indices, seed),
                    sampling.computeProposerIndex(balances, indices, seed),
                    "computeProposerIndex(40 seeded validators, indices " + Arrays.toString(indices) + ", seed #" + n
                            + ")");
        }
    }
}
