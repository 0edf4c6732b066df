package layers.l2.bridge;

import layers.l2.zk.rollup.ZkRollupContract;
import layers.l2.zk.rollup.ZkRollupRule;
import layers.l2.zk.rollup.ZkRollupState;
import layers.l2.zk.stark.StarkParameters;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProofBridgeAttackTest {

    @Test
    void aStolenOperatorKeyReleasesNothingFromAProofSecuredBridge() {
        StarkParameters params = new StarkParameters(8, 12, 4, 4);
        ZkRollupState state = ZkRollupState.genesis(0, 1000, 500, 250);
        ZkRollupContract contract = new ZkRollupContract(state.root(), params);
        ProofBridgeAttack.Outcome o = ProofBridgeAttack.withdrawEverything(contract, state, 3, params, 10);
        assertEquals(0, o.stolen());
        assertTrue(o.verdict().isRejectedFor(ZkRollupRule.INVALID_PROOF), o.verdict().toString());
        assertEquals(state.root(), contract.stateRoot(), "nothing changed");
    }
}
