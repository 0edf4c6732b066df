package layers.l1.pos;

import layers.l1.pow.AttackerSuccess;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EconomicFinalityTest {

    @Test
    void revertingAFinalizedBlockBurnsAtLeastAThirdOfTheStake() {
        // 34,000,000 ETH staked: a third is 11,333,333.33 ETH, held by 354,167 validators of 32 ETH who lose everything
        Gwei cost = EconomicFinality.costToRevertFinalized(Gwei.ether(34_000_000));
        assertEquals(Gwei.ether(354_167L * 32), cost);
    }

    @Test
    void theMinimumSlashableStakeIsAThirdRoundedUp() {
        assertEquals(Gwei.of(34), EconomicFinality.minimumSlashableStake(Gwei.of(100)));
        assertEquals(Gwei.of(33), EconomicFinality.minimumSlashableStake(Gwei.of(99)));
    }

    @Test
    void proofOfWorkRiskFallsWithConfirmationsWhileProofOfStakeCostJumpsAtFinality() {
        Table t = EconomicFinality.compare(0.1, Gwei.ether(1_000_000), 30);
        assertEquals(AttackerSuccess.probability(0.1, 1), t.doubleColumn("powAttackerSuccess").get(10));
        assertTrue(t.doubleColumn("powAttackerSuccess").get(30) < t.doubleColumn("powAttackerSuccess").get(10));
        assertEquals(0.0, t.doubleColumn("posBurntEthToRevert").get(12)); // 12 minutes: not yet two epochs
        assertTrue(t.booleanColumn("posFinalized").get(13)); // 12.8 minutes
        assertEquals(333_344.0, t.doubleColumn("posBurntEthToRevert").get(13)); // 10,417 validators × 32 ETH
    }
}
