package layers.exercises.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import layers.l1.pos.Gwei;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "pos.justified",
        title = "Two thirds of the stake: is the checkpoint justified?",
        contract = TargetVotes.class,
        statement = """
                At the end of every epoch the beacon chain weighs the votes for the epoch's checkpoint. Write \
                `attestingBalance`, the stake behind the votes: the sum of the effective balances of the \
                attesters, leaving out slashed validators (their votes no longer count), and an \
                `IllegalArgumentException` for an attester that is not in the registry. Then write `isJustified`, \
                the specification's test `target_balance * 3 >= total_active_balance * 2`: exact, in whole Gwei, \
                with an `ArithmeticException` instead of a wrong answer if a product overflows.""",
        hints = {
            "Start from `Gwei.ZERO` and add with `plus`. Check each attester's index against "
                    + "`effectiveBalances.length` before you read the array, and skip the ones in `slashed`.",
            "Compare products, never a ratio: `2.0 / 3` is not two thirds, and a `double` cannot hold every balance "
                    + "in Gwei once the stake passes 9 million ETH (2^53 Gwei).",
            "`Math.multiplyExact(attestingBalance.value(), 3) >= Math.multiplyExact(totalActiveBalance.value(), 2)`."
        })
class TargetVotesTest {

    private static final Gwei ETH_32 = Gwei.ether(32);

    private final TargetVotes votes = Implementation.of(TargetVotes.class);

    @Test
    @Points(1)
    @DisplayName("exactly two thirds is enough; one Gwei less is not")
    void exactlyTwoThirds() {
        assertTrue(votes.isJustified(Gwei.of(2), Gwei.of(3)), "isJustified(2 Gwei, 3 Gwei)");
        assertTrue(votes.isJustified(Gwei.ether(2), Gwei.ether(3)), "isJustified(2 ETH, 3 ETH)");
        assertFalse(votes.isJustified(Gwei.of(1_999_999_999), Gwei.ether(3)),
                "isJustified(1,999,999,999 Gwei, 3 ETH)");
        assertTrue(votes.isJustified(Gwei.ether(3), Gwei.ether(3)), "isJustified(3 ETH, 3 ETH)");
        assertFalse(votes.isJustified(Gwei.ZERO, Gwei.ether(3)), "isJustified(0, 3 ETH)");
    }

    @Test
    @Points(1)
    @DisplayName("67 of 100 validators of 32 ETH justify a checkpoint, 66 do not")
    void sixtySevenOfAHundred() {
        Gwei total = ETH_32.times(100);
        assertTrue(votes.isJustified(ETH_32.times(67), total), "isJustified(67 × 32 ETH, 3,200 ETH)");
        assertFalse(votes.isJustified(ETH_32.times(66), total), "isJustified(66 × 32 ETH, 3,200 ETH)");
    }

    @Test
    @Points(2)
    @DisplayName("adds up the effective balances of the attesters")
    void addsUpTheAttesters() {
        Gwei[] balances = {ETH_32, ETH_32, Gwei.ether(31), Gwei.ether(17)};
        assertEquals(Gwei.ether(80), votes.attestingBalance(balances, Set.of(0, 2, 3), Set.of()),
                "attestingBalance([32, 32, 31, 17 ETH], attesters {0, 2, 3}, slashed {})");
        assertEquals(Gwei.ether(112), votes.attestingBalance(balances, Set.of(0, 1, 2, 3), Set.of()),
                "attestingBalance([32, 32, 31, 17 ETH], attesters {0, 1, 2, 3}, slashed {})");
        assertEquals(Gwei.ZERO, votes.attestingBalance(balances, Set.of(), Set.of()),
                "attestingBalance([32, 32, 31, 17 ETH], attesters {}, slashed {})");
    }

    @Test
    @Points(1)
    @DisplayName("a slashed validator's vote does not count")
    void slashedVotesDoNotCount() {
        Gwei[] balances = {ETH_32, ETH_32, Gwei.ether(31), Gwei.ether(17)};
        assertEquals(Gwei.ether(49), votes.attestingBalance(balances, Set.of(1, 2, 3), Set.of(2)),
                "attestingBalance([32, 32, 31, 17 ETH], attesters {1, 2, 3}, slashed {2})");
        assertEquals(Gwei.ZERO, votes.attestingBalance(balances, Set.of(1), Set.of(1, 3)),
                "attestingBalance([32, 32, 31, 17 ETH], attesters {1}, slashed {1, 3})");
    }

    @Test
    @Points(1)
    @DisplayName("an attester that is not in the registry is an IllegalArgumentException")
    void unknownAttester() {
        Gwei[] balances = {ETH_32, ETH_32, ETH_32};
        assertThrows(IllegalArgumentException.class, () -> votes.attestingBalance(balances, Set.of(0, 3), Set.of()),
                "attestingBalance(3 validators, attesters {0, 3}, slashed {})");
        assertThrows(IllegalArgumentException.class, () -> votes.attestingBalance(balances, Set.of(-1), Set.of()),
                "attestingBalance(3 validators, attesters {-1}, slashed {})");
    }

    @Test
    @Points(1)
    @DisplayName("balances too large to multiply are an ArithmeticException, not a wrong answer")
    void overflowIsAnError() {
        Gwei huge = Gwei.of(Long.MAX_VALUE / 2);
        assertThrows(ArithmeticException.class, () -> votes.isJustified(huge, huge),
                "isJustified(Long.MAX_VALUE / 2 Gwei, Long.MAX_VALUE / 2 Gwei)");
        assertThrows(ArithmeticException.class, () -> votes.isJustified(Gwei.of(1), Gwei.of(Long.MAX_VALUE / 2 + 1)),
                "isJustified(1 Gwei, Long.MAX_VALUE / 2 + 1 Gwei)");
    }

    @Test
    @Hidden
    @Points(2)
    @DisplayName("exact at mainnet scale: 34,000,000 ETH staked, a few Gwei short of two thirds")
    void exactAtMainnetScale() {
        Gwei total = Gwei.ether(34_000_000);
        // 2 × 34·10^15 Gwei / 3 = 22,666,666,666,666,666.67 Gwei: the least supermajority is ...667 Gwei
        long least = 22_666_666_666_666_667L;
        assertTrue(votes.isJustified(Gwei.of(least), total), "isJustified(" + least + " Gwei, 34,000,000 ETH)");
        for (long shortBy = 1; shortBy <= 4; shortBy++) {
            assertFalse(votes.isJustified(Gwei.of(least - shortBy), total),
                    "isJustified(" + (least - shortBy) + " Gwei, 34,000,000 ETH)");
        }
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("a seeded registry of 1,000 validators with slashings")
    void seededRegistry() {
        Random random = new Random(20_220_915L);
        for (int round = 0; round < 20; round++) {
            Gwei[] balances = new Gwei[1_000];
            Set<Integer> attesters = new HashSet<>();
            Set<Integer> slashed = new HashSet<>();
            long expected = 0;
            long total = 0;
            for (int i = 0; i < balances.length; i++) {
                balances[i] = Gwei.ether(16 + random.nextInt(17));
                total += balances[i].value();
                boolean attests = random.nextInt(100) < 70;
                boolean isSlashed = random.nextInt(100) < 5;
                if (attests) {
                    attesters.add(i);
                }
                if (isSlashed) {
                    slashed.add(i);
                }
                if (attests && !isSlashed) {
                    expected += balances[i].value();
                }
            }
            Gwei attesting = votes.attestingBalance(balances, attesters, slashed);
            assertEquals(Gwei.of(expected), attesting, "attestingBalance, seeded registry #" + round);
            assertEquals(expected * 3 >= total * 2, votes.isJustified(attesting, Gwei.of(total)),
                    "isJustified(" + expected + " Gwei, " + total + " Gwei), seeded registry #" + round);
        }
    }
}
