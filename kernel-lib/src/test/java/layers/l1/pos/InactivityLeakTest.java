package layers.l1.pos;

import org.junit.jupiter.api.BeforeAll;
import tech.tablesaw.api.Table;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InactivityLeakTest {

    /** 100 validators, 60 on the larger side; the chain runs whole for 5 epochs (finalized: epoch 3) and then splits. */
    private static PartitionResult partition;

    @BeforeAll
    static void partitionSixtyForty() {
        partition = PartitionSimulation.run(100, 60, 5, 6000);
    }

    @Test
    void theLeakStartsOnceFinalityIsMoreThanFourEpochsBehind() {
        assertFalse(InactivityLeak.isInInactivityLeak(4));
        assertTrue(InactivityLeak.isInInactivityLeak(5));
    }

    @Test
    void anInactiveValidatorGainsFourPointsAnEpochInALeakAndNoneOutside() {
        assertEquals(8, InactivityLeak.updatedInactivityScore(4, false, true));
        assertEquals(0, InactivityLeak.updatedInactivityScore(4, false, false)); // + 4 - 16, not below 0
        assertEquals(3, InactivityLeak.updatedInactivityScore(4, true, true));
        assertEquals(33, InactivityLeak.updatedInactivityScore(50, true, false)); // 50 - 1 - 16
    }

    @Test
    void thePenaltyIsTheEffectiveBalanceTimesTheScoreOverFourTimesTwoToTheTwentyFour() {
        // 32e9 * 4 // (4 * 2^24) = 1907 Gwei in the first leaking epoch
        assertEquals(Gwei.of(1907), InactivityLeak.inactivityPenalty(Gwei.ether(32), 4));
        // after 1000 epochs of leak: 32e9 * 4000 // 2^26 = 1907348 Gwei
        assertEquals(Gwei.of(1_907_348), InactivityLeak.inactivityPenalty(Gwei.ether(32), 4000));
    }

    @Test
    void aSixtyFortyPartitionStopsFinalityOnBothSides() {
        for (Table side : new Table[]{partition.majority(), partition.minority()}) {
            // the first 100 epochs after the split: neither side has two thirds of the stake
            assertEquals(3, side.longColumn("finalized").get(100), side.name());
            assertTrue(side.booleanColumn("leak").get(100), side.name());
        }
    }

    @Test
    void theLeakRestoresFinalityOnTheMajoritySideAfterTheEpochsTheSpecGives() {
        assertEquals(majorityEpochsByHand(), partition.majorityFinalizesAfter().orElseThrow());
        assertEquals(2954, partition.majorityFinalizesAfter().orElseThrow()); // about 13.1 days
    }

    @Test
    void theMinorityFinalizesOnlyAfterTheMajorityIsEjectedOnItsChain() {
        long minority = partition.minorityFinalizesAfter().orElseThrow();
        assertTrue(minority > partition.majorityFinalizesAfter().orElseThrow() + 1000, "minority after " + minority);
        Table t = partition.minority();
        int last = t.rowCount() - 1;
        assertTrue(t.intColumn("otherActiveValidators").get(last) < 60, "some of the other side's validators exited");
        assertTrue(t.doubleColumn("otherMeanBalanceEth").get(last) < 17, "they leaked to about the ejection balance");
    }

    /**
     * The same count done by hand for one of the 40 inactive validators on the larger side, straight from the
     * specification's formulas: the leak starts when previous_epoch - finalized_epoch > 4 (finalized epoch 3, so from
     * epoch 9); each leaking epoch the score grows by 4 and the validator loses eb·score // 2^26; its effective balance
     * drops a whole ether once its balance is a quarter below. The 60 active validators hold 1920 ETH, which is two
     * thirds once the 40 are at 24 ETH each (1920·3 >= (1920 + 40·24)·2); the first epoch X with that justifies X-1
     * and X, and epoch X+1 finalizes X (rule 12).
     */
    private static long majorityEpochsByHand() {
        long balance = 32_000_000_000L;
        long effective = 32_000_000_000L;
        long score = 0;
        long activeStake = 60 * 32_000_000_000L;
        for (long epoch = 5; ; epoch++) {
            if (activeStake * 3 >= (activeStake + 40 * effective) * 2) {
                long finalizingEpoch = epoch + 1;
                return finalizingEpoch - 4; // epoch 5 is the first after the split
            }
            boolean leak = epoch - 1 - 3 > 4;
            score = leak ? score + 4 : Math.max(0, score + 4 - 16);
            balance -= effective * score / (4L << 24);
            if (balance + 250_000_000L < effective) {
                effective = balance - balance % 1_000_000_000L;
            }
        }
    }
}
