package layers.exercises.pow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import layers.grading.GradedExercise;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.block.CompactTarget;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pow.heaviest-chain",
        title = "Follow the chain with the most work",
        contract = HeaviestChain.class,
        statement = """
                A Bitcoin node follows the chain with the most work, not the one with the most blocks. Write \
                `blockProof(bits)`, the work one block proves: the expected number of hashes to meet its target, \
                `2^256 / (target + 1)` rounded down, and 0 for bits that encode no usable target (negative, more \
                than 256 bits, or zero). Then write `heaviest(chains)`: the position of the chain whose blocks' \
                proofs add up to the most. On a tie the earlier chain wins; no chains at all is an \
                `IllegalArgumentException`.""",
        hints = {
            "`BigInteger.ONE.shiftLeft(256)` is 2^256, and `bits.toTarget()` the target. Check "
                    + "`bits.encodingProblem().isPresent()` first and return `BigInteger.ZERO` then: a zero target "
                    + "would otherwise claim 2^256 hashes, more than all the chain's real work together.",
            "Add up each chain's block proofs with `BigInteger.add`; the numbers outgrow a `long`.",
            "Keep the best position so far and replace it only when a chain has strictly more work "
                    + "(`compareTo(...) > 0`): that is what makes the first of two equal chains win."
        })
class HeaviestChainTest {

    private static final CompactTarget DIFFICULTY_1 = CompactTarget.DIFFICULTY_1;
    /** A target half as large as difficulty 1's: each block is worth twice the work. */
    private static final CompactTarget TWICE_AS_HARD = CompactTarget.of(0x1c7fffffL);

    private final HeaviestChain chains = Implementation.of(HeaviestChain.class);

    private static List<CompactTarget> blocks(int n, CompactTarget bits) {
        return new ArrayList<>(java.util.Collections.nCopies(n, bits));
    }

    @Test
    @Points(1)
    @DisplayName("a block at difficulty 1 proves 4,295,032,833 hashes")
    void difficultyOneProof() {
        assertEquals(BigInteger.valueOf(4_295_032_833L), chains.blockProof(DIFFICULTY_1), "blockProof(0x1d00ffff)");
    }

    @Test
    @Points(1)
    @DisplayName("the course's easy target proves 4,096 hashes, regtest's 2")
    void easyAndRegtestProofs() {
        assertEquals(BigInteger.valueOf(4_096), chains.blockProof(CompactTarget.EASY), "blockProof(0x1f0fffff)");
        assertEquals(BigInteger.TWO, chains.blockProof(CompactTarget.REGTEST), "blockProof(0x207fffff)");
    }

    @Test
    @Points(1)
    @DisplayName("bits that encode a zero target prove no work")
    void zeroTargetProvesNothing() {
        assertEquals(BigInteger.ZERO, chains.blockProof(CompactTarget.of(0x1d000000L)), "blockProof(0x1d000000)");
    }

    @Test
    @Points(2)
    @DisplayName("2 blocks at a harder target outweigh 3 blocks at difficulty 1")
    void workBeatsLength() {
        List<List<CompactTarget>> candidates = List.of(blocks(3, DIFFICULTY_1), blocks(2, TWICE_AS_HARD));
        assertEquals(1, chains.heaviest(candidates), "heaviest of [3 blocks at 0x1d00ffff, 2 blocks at 0x1c7fffff]");
        assertEquals(0, chains.heaviest(List.of(blocks(5, DIFFICULTY_1), blocks(2, TWICE_AS_HARD))),
                "heaviest of [5 blocks at 0x1d00ffff, 2 blocks at 0x1c7fffff]");
    }

    @Test
    @Points(1)
    @DisplayName("on equal work, the chain seen first wins")
    void firstSeenWinsATie() {
        List<CompactTarget> a = List.of(DIFFICULTY_1, TWICE_AS_HARD);
        List<CompactTarget> b = List.of(TWICE_AS_HARD, DIFFICULTY_1);
        assertEquals(0, chains.heaviest(List.of(a, b)), "heaviest of [[0x1d00ffff, 0x1c7fffff], "
                + "[0x1c7fffff, 0x1d00ffff]]");
        assertEquals(1, chains.heaviest(List.of(blocks(1, DIFFICULTY_1), b, a)), "heaviest of [[0x1d00ffff], "
                + "[0x1c7fffff, 0x1d00ffff], [0x1d00ffff, 0x1c7fffff]]");
    }

    @Test
    @Points(1)
    @DisplayName("no chains to choose from is an IllegalArgumentException")
    void noChainsIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> chains.heaviest(List.of()), "heaviest of []");
    }
}
