package layers.l1.pow;

import layers.l1.network.SimTime;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trend of Gervais et al. (CCS 2016): the stale rate rises as the block interval shrinks and as blocks grow.
 * Every point of a sweep shares the seed, so the network and the sequence of winners are the same throughout.
 */
class StaleRateTest {

    private static final PowNetworkConfig BASE = PowNetworkConfig.bitcoin().withNodes(400).withSeed(3);
    private static final int BLOCKS = 1_500;

    @Test
    void theStaleRateRisesAsTheBlockIntervalShrinks() {
        SimTime[] intervals = {SimTime.ofMinutes(10), SimTime.ofMinutes(2.5), SimTime.ofMinutes(1),
                SimTime.ofSeconds(15)};
        Table t = StaleRate.sweep(BASE, intervals, new long[] {PowNetworkConfig.BITCOIN_BLOCK_SIZE}, BLOCKS);
        assertStrictlyIncreasing(t, "interval");
    }

    @Test
    void theStaleRateRisesAsBlocksGrow() {
        long[] sizes = {250_000, 1_000_000, 4_000_000, 8_000_000};
        Table t = StaleRate.sweep(BASE, new SimTime[] {PowNetworkConfig.BITCOIN_BLOCK_INTERVAL}, sizes, BLOCKS);
        assertStrictlyIncreasing(t, "size");
    }

    @Test
    void atBitcoinsParametersTheStaleRateHasTheMeasuredOrderOfMagnitude() {
        double rate = StaleRate.measure(BASE, 3_000);
        // measured 0.41% (Gervais et al. 2016, Table 1); the same order of magnitude: within a factor of 4
        assertTrue(rate > StaleRate.BITCOIN_MEASURED / 4 && rate < StaleRate.BITCOIN_MEASURED * 4,
                "simulated stale rate " + rate);
    }

    @Test
    void ethereumsShortIntervalGivesAStaleRateOfSeveralPercent() {
        PowNetworkConfig ethereumLike = BASE.withBlockInterval(SimTime.ofSeconds(15)).withBlockSize(1_500);
        double rate = StaleRate.measure(ethereumLike, BLOCKS);
        // measured 6.8% (Gervais et al. 2016, Table 1): several percent, an order of magnitude above Bitcoin's
        assertTrue(rate > StaleRate.ETHEREUM_MEASURED / 4 && rate < StaleRate.ETHEREUM_MEASURED * 4,
                "simulated stale rate " + rate);
        assertTrue(rate > 4 * StaleRate.measure(BASE, BLOCKS));
    }

    private static void assertStrictlyIncreasing(Table t, String what) {
        for (int i = 1; i < t.rowCount(); i++) {
            double before = t.doubleColumn("staleRate").get(i - 1);
            double after = t.doubleColumn("staleRate").get(i);
            assertTrue(after > before, "stale rate did not rise with " + what + " at row " + i + ":\n" + t.printAll());
        }
        assertEquals(BLOCKS, t.intColumn("blocks").get(0));
    }
}
