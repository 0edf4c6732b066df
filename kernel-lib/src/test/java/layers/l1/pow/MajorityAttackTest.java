package layers.l1.pow;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MajorityAttackTest {

    private static final PowNetworkConfig NETWORK = PowNetworkConfig.bitcoin().withNodes(200).withSeed(2);
    private static final int FORK_HEIGHT = 5;
    private static final int CONFIRMATIONS = 6;

    private static MajorityAttack.Outcome attack() {
        return MajorityAttack.run(NETWORK, 0.6, FORK_HEIGHT, CONFIRMATIONS, 40);
    }

    @Test
    void theConfirmedPaymentsBlockEndsOffTheMainChain() {
        MajorityAttack.Outcome o = attack();
        assertTrue(o.paymentBlock() > 0);
        assertTrue(o.paymentOrphaned());
        assertFalse(o.result().isOnMainChain(o.paymentBlock()));
        assertTrue(o.result().isOnMainChain(o.forkPoint()));
    }

    @Test
    void theMerchantHadTheConfirmationsItWaitedForBeforeReorganising() {
        MajorityAttack.Outcome o = attack();
        assertNotNull(o.releasedAt());
        assertTrue(o.merchantConfirmationsUndone() >= CONFIRMATIONS,
                "the merchant undid " + o.merchantConfirmationsUndone() + " blocks");
        assertEquals(4, o.timeline().rowCount());
    }

    @Test
    void everyHonestNodeEndsOnTheAttackersChain() {
        MajorityAttack.Outcome o = attack();
        PowNetworkResult r = o.result();
        for (int node = 0; node < NETWORK.nodes(); node++) {
            assertFalse(r.tree().isAncestor(o.paymentBlock(), r.tipOf(node)), "node " + node + " kept the payment");
        }
    }

    @Test
    void withAMinorityShareAndSixConfirmationsTheAttackUsuallyFails() {
        // q = 0.1, z = 6: the whitepaper gives 0.0002428
        MajorityAttack.Outcome o = MajorityAttack.run(NETWORK, 0.1, FORK_HEIGHT, CONFIRMATIONS, 40);
        assertFalse(o.paymentOrphaned());
    }
}
