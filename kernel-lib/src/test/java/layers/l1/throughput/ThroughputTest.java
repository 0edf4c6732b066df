package layers.l1.throughput;

import layers.l1.fees.Gas;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Throughput formulas against values computed by hand. */
class ThroughputTest {

    @Test
    void aOneInputTwoOutputP2wpkhPaymentIs141VirtualBytes() {
        BitcoinTxSize tx = BitcoinTxSize.p2wpkh(1, 2);
        assertEquals(4 + 1 + 41 + 1 + 2 * 31 + 4, tx.baseSize());     // 113
        assertEquals(2 + 1 + 1 + 71 + 1 + 33, tx.witnessSize());      // 109
        assertEquals(222, tx.totalSize());
        assertEquals(113 * 3 + 222, tx.weight());                    // 561
        assertEquals(141, tx.vsize());                               // 561 / 4 = 140.25, rounded up
    }

    @Test
    void aHighRSignatureAddsAByteOfWitnessButNotAVirtualByte() {
        BitcoinTxSize tx = new BitcoinTxSize(1, 2, 72);
        assertEquals(562, tx.weight());
        assertEquals(141, tx.vsize());
    }

    @Test
    void twoInputsTwoOutputs() {
        BitcoinTxSize tx = BitcoinTxSize.p2wpkh(2, 2);
        assertEquals(154, tx.baseSize());
        assertEquals(2 + 2 * 107, tx.witnessSize());
        assertEquals(154 * 3 + 370, tx.weight());                    // 832
        assertEquals(208, tx.vsize());
    }

    @Test
    void bitcoinsClassicSevenTps() {
        // 1,000,000 / 250 = 4,000 transactions a block, / 600 s
        assertEquals(4_000 / 600.0, BitcoinThroughput.classicEstimate(), 1e-12);
    }

    @Test
    void segwitPaymentsFillingFourMillionWeightUnits() {
        // 4,000,000 / 561 = 7,130 (rounded down) a block
        assertEquals(7_130, Throughput.transactionsPerBlock(BitcoinThroughput.MAX_BLOCK_WEIGHT, 561));
        assertEquals(7_130 / 600.0, BitcoinThroughput.tps(561), 1e-12);
    }

    @Test
    void ethereumTransfersAndSwaps() {
        assertEquals(1_428 / 12.0, EthereumThroughput.tps(Gas.millions(30), Gas.TRANSACTION), 1e-12);   // 119.0
        assertEquals(714 / 12.0, EthereumThroughput.tps(Gas.millions(15), Gas.TRANSACTION), 1e-12);     // 59.5
        assertEquals(200 / 12.0, EthereumThroughput.tps(Gas.millions(30), Gas.of(150_000)), 1e-12);     // 16.7
        assertEquals(100 / 12.0, EthereumThroughput.tps(Gas.millions(15), Gas.of(150_000)), 1e-12);     // 8.3
        assertEquals(857 / 12.0, EthereumThroughput.tps(GasLimitHistory.FEBRUARY_2025.target(), Gas.TRANSACTION),
                1e-12);
    }

    @Test
    void theGasLimitInForceOnADate() {
        assertEquals(GasLimitHistory.LONDON_2021, GasLimitHistory.inForceOn(LocalDate.of(2022, 6, 1)));
        assertEquals(GasLimitHistory.FEBRUARY_2025, GasLimitHistory.inForceOn(LocalDate.of(2025, 5, 1)));
        assertEquals(GasLimitHistory.NOVEMBER_2025, GasLimitHistory.inForceOn(LocalDate.of(2026, 1, 1)));
        assertEquals(Gas.millions(18), GasLimitHistory.FEBRUARY_2025.target());
        assertThrows(IllegalArgumentException.class, () -> GasLimitHistory.inForceOn(LocalDate.of(2020, 1, 1)));
    }

    @Test
    void theComparisonShowsWhereTheCoursesFiguresComeFrom() {
        Table t = ThroughputTable.compare();
        double classic = t.doubleColumn("tps").get(0);
        assertEquals(7, classic, 0.5, "Bitcoin about 7 tps");
        Table swaps = t.where(t.stringColumn("assumption").containsString("swaps (150,000 gas, assumed) at the 30M"));
        assertEquals(1, swaps.rowCount());
        double ethereum = swaps.doubleColumn("tps").get(0);
        assertTrue(ethereum >= 15 && ethereum <= 20, "Ethereum 15-20 tps for swaps at the limit: " + ethereum);
    }

    @Test
    void badInputsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Throughput.tps(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Throughput.tps(1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> BitcoinTxSize.p2wpkh(0, 1));
    }
}
