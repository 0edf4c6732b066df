package layers.l1.sybil;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SybilModelTest {

    /** 1,000 honest nodes; identities free; 500 units of hash rate at 20 each; 3,000 tokens at 10 each. */
    private static final SybilInputs INPUTS = new SybilInputs(1_000, 0, 500, 20, 3_000, 10);

    @Test
    void moreFakeIdentitiesThanHonestNodesCaptureOneNodeOneVote() {
        assertFalse(SybilModel.capturesMajority(INPUTS, 1_000));
        assertTrue(SybilModel.capturesMajority(INPUTS, 1_001));
        assertEquals(0, SybilModel.costToExceed(INPUTS, Scheme.ONE_NODE_ONE_VOTE, 1, 2));
    }

    @Test
    void spreadingTheSameBudgetOverMoreIdentitiesAddsNoWeightUnderWorkOrStake() {
        Table t = SybilModel.voteShareByIdentities(INPUTS, 4_000, 2_000, 500);
        assertEquals(2_000.0 / 3_000, t.doubleColumn("oneNodeOneVote").get(4), 1e-12);
        // 4,000 buys 200 units of hash rate: 200 / 700; or 400 tokens: 400 / 3,400 — for 1 identity or 2,000
        assertEquals(200.0 / 700, t.doubleColumn("proofOfWork").get(1), 1e-12);
        assertEquals(200.0 / 700, t.doubleColumn("proofOfWork").get(4), 1e-12);
        assertEquals(400.0 / 3_400, t.doubleColumn("proofOfStake").get(4), 1e-12);
    }

    @Test
    void controlMustBeBoughtUnderWorkAndStake() {
        // hash: r·2 > 500 → 251 units (> 1/3); r > 500 → 501 (> 1/2); stake: r·2 > 3,000 → 1,501; r > 3,000 → 3,001
        assertEquals(251 * 20, SybilModel.costToExceed(INPUTS, Scheme.PROOF_OF_WORK, 1, 3));
        assertEquals(501 * 20, SybilModel.costToExceed(INPUTS, Scheme.PROOF_OF_WORK, 1, 2));
        assertEquals(1_501 * 10, SybilModel.costToExceed(INPUTS, Scheme.PROOF_OF_STAKE, 1, 3));
        assertEquals(3_001 * 10, SybilModel.costToExceed(INPUTS, Scheme.PROOF_OF_STAKE, 1, 2));
        assertEquals(6, SybilModel.costToControl(INPUTS).rowCount());
    }

    @Test
    void badInputsAreNamed() {
        assertEquals("prices cannot be negative: -1, 20, 10", assertThrows(IllegalArgumentException.class,
                () -> new SybilInputs(10, -1, 500, 20, 3_000, 10)).getMessage());
    }
}
