package layers.l1.pow;

import layers.l1.block.CompactTarget;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ForkChoiceTest {

    /** Twice as hard as {@link CompactTarget#DIFFICULTY_1}: half the target. */
    private static final CompactTarget DIFFICULTY_2 = CompactTarget.of(0x1c7fff80L);

    @Test
    void aShorterChainWithMoreWorkWins() {
        Chain longEasy = Chain.of("five easy blocks", 5, CompactTarget.DIFFICULTY_1);
        Chain shortHard = Chain.of("three hard blocks", 3, DIFFICULTY_2);
        assertSame(shortHard, ForkChoice.heaviest(List.of(longEasy, shortHard)));
        assertSame(longEasy, ForkChoice.longest(List.of(longEasy, shortHard)));
    }

    @Test
    void onEqualWorkTheChainSeenFirstWins() {
        Chain first = Chain.of("first", 2, CompactTarget.DIFFICULTY_1);
        Chain second = Chain.of("second", 2, CompactTarget.DIFFICULTY_1);
        assertSame(first, ForkChoice.heaviest(List.of(first, second)));
        assertSame(second, ForkChoice.heaviest(List.of(second, first)));
    }

    @Test
    void aDifficultyOneBlockIsWorth0x100010001Hashes() {
        // Bitcoin's genesis block has chainwork 0x100010001 (getblockheader 0)
        assertEquals(new BigInteger("100010001", 16), ForkChoice.chainWork(List.of(CompactTarget.DIFFICULTY_1)));
        assertEquals(new BigInteger("100010001", 16).multiply(BigInteger.valueOf(3)),
                Chain.of("three", 3, CompactTarget.DIFFICULTY_1).work());
    }

    @Test
    void forkChoiceNeedsACandidate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ForkChoice.heaviest(List.of()));
        assertEquals("fork choice needs at least one candidate chain", e.getMessage());
    }

    @Test
    void aChainOfUnusableBitsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Chain.of("bad", 1, CompactTarget.of(0x04923456L)));
        assertEquals("chain bad: bits 0x04923456 have the sign bit set: a negative target", e.getMessage());
    }
}
