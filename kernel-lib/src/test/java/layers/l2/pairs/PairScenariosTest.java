package layers.l2.pairs;

import java.util.List;
import layers.l1.fees.Gas;
import layers.l1.fees.Usd;
import layers.l1.fees.Wei;
import layers.l2.fees.PostingMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pair scenarios against hand-computed figures, and their inputs' checks. */
class PairScenariosTest {

    private static final PairScenarios TYPICAL = new PairScenarios(PairInputs.typical());

    @Test
    void anL1ActionCostsGasTimesBaseFeePlusTip() {
        // 120,000 gas × 13 gwei = 0.00156 ETH; at $3,500: $5.46
        assertEquals(5.46, PairScenarios.l1ActionFeeUsd(Gas.of(120_000), Wei.gwei(12), Wei.gwei(1),
                Usd.dollars(3_500)), 1e-9);
        assertEquals(5.46, TYPICAL.arbitrumSwap().l1FeeUsd(), 1e-9);
    }

    @Test
    void aSwapPaysOutUniswapV2sAmountWithTheFee() {
        // 1000·997·10000 / (10000·1000 + 1000·997) = 906.6… → 906
        assertEquals(906, PairScenarios.swapOutput(1_000, 10_000, 10_000));
        assertThrows(IllegalArgumentException.class, () -> PairScenarios.swapOutput(0, 10, 10));
    }

    @Test
    void theL2FeeIsExecutionPlusTheBatchsDataShare() {
        PairOutcome swap = TYPICAL.arbitrumSwap();
        double execution = 120_000 * 0.01e-9 * 3_500;  // 0.01 gwei per gas
        assertTrue(swap.l2FeeUsd() >= execution && swap.l2FeeUsd() < execution + 0.001, "fee " + swap.l2FeeUsd());
        assertTrue(TYPICAL.l2Fee(Gas.of(120_000), PostingMode.CALLDATA).totalDollars(Usd.dollars(3_500))
                > swap.l2FeeUsd(), "calldata must cost more than blobs at the blob floor");
        PairScenarios small = new PairScenarios(PairInputs.typical().withBatchTxs(10));
        assertTrue(small.l2Fee(Gas.of(120_000), PostingMode.CALLDATA).l1Data()
                .isGreaterThan(TYPICAL.l2Fee(Gas.of(120_000), PostingMode.CALLDATA).l1Data()),
                "a smaller batch must give each transaction a larger share");
    }

    @Test
    void optimisticRollupsSettleAfterTheWindowAndZkAfterTheProof() {
        PairOutcome swap = TYPICAL.arbitrumSwap();
        assertEquals(2, swap.softSeconds(), 1e-9);
        assertEquals(10 + 12 + 768, swap.batchFinalSeconds(), 1e-9);   // 1,000 txs at 100 tps, a slot, 2 epochs
        assertEquals(10 + 12 + 7 * 86_400, swap.l1FinalSeconds(), 1e-9);
        PairOutcome zk = TYPICAL.zkTransfer(30);
        assertEquals(10 + 12 + 768 + 30, zk.l1FinalSeconds(), 1e-9);
        assertTrue(zk.l2FeeUsd() > TYPICAL.l2Fee(Gas.TRANSACTION, PostingMode.BLOBS).totalDollars(Usd.dollars(3_500)),
                "the ZK fee must include the share of proof verification");
        assertThrows(IllegalArgumentException.class, () -> TYPICAL.zkTransfer(-1));
    }

    @Test
    void lightningChargesEachRoutingNodeItsPolicy() {
        // 6,667 sats = 6,667,000 msat; 10 ppm = 66 msat per routing node; 3 hops = 2 routing nodes
        assertEquals(132, TYPICAL.coffee().lightningFeeMsat());
        PairOutcome coffee = TYPICAL.lightningCoffee();
        assertEquals(132 / 1e3 * 60_000 / 1e8, coffee.l2FeeUsd(), 1e-12);
        assertEquals(0.9, coffee.softSeconds(), 1e-9);
        assertEquals(1_132, new PairScenarios(PairInputs.typical().withLightningFees(500, 10)).coffee()
                .lightningFeeMsat());
    }

    @Test
    void theTableHasOneRowPerPair() {
        List<PairOutcome> all = TYPICAL.all(1);
        assertEquals(4, PairScenarios.table(all).rowCount());
        assertFalse(all.stream().anyMatch(r -> r.l2FeeUsd() >= r.l1FeeUsd()), "every L2 must be cheaper here");
    }

    @Test
    void badInputsAreRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairInputs.typical().withBatchTxs(0));
        assertTrue(e.getMessage().contains("0"));
        assertThrows(IllegalArgumentException.class, () -> PairInputs.typical().withLightningFees(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new PairScenarios(null));
    }

    @Test
    void aProvedBatchIsAcceptedAndABadSizeRefused() {
        ZkProofTiming t = ZkProofTiming.measure(8, 3);
        assertTrue(t.accepted());
        assertEquals(8, t.batchSize());
        assertThrows(IllegalArgumentException.class, () -> ZkProofTiming.measure(0, 3));
    }

    @Test
    void changedInputsGiveTheSameAsAFreshScenario() {
        PairInputs dear = PairInputs.typical().withL1BaseFee(Wei.gwei(50));
        assertEquals(new PairScenarios(dear).arbitrumSwap(), TYPICAL.with(dear).arbitrumSwap());
        PairInputs small = PairInputs.typical().withBatchTxs(50);
        assertEquals(new PairScenarios(small).postedBytes(), TYPICAL.with(small).postedBytes());
    }
}
