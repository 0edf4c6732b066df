package layers.exercises.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import layers.grading.GradedExercise;
import layers.grading.Hidden;
import layers.grading.Implementation;
import layers.grading.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@GradedExercise(
        id = "fees.tps",
        title = "Transactions per second from a block's parameters",
        contract = BlockThroughput.class,
        statement = """
                A chain's throughput is block capacity over the cost of one transaction, per block interval. Write \
                `tps(capacityPerBlock, costPerTx, intervalSeconds)`: the number of *whole* transactions that fit in \
                a block, divided by the interval in seconds. Bitcoin's classic estimate is \
                `tps(1_000_000, 250, 600)` = 4,000 / 600 ≈ 6.67; Ethereum's 30M-gas blocks of 21,000-gas transfers \
                every 12 s give `tps(30_000_000, 21_000, 12)` = 1,428 / 12 = 119. A negative capacity, or a cost \
                or interval that is not positive, is an `IllegalArgumentException`.""",
        hints = {
            "First the whole transactions per block: `capacityPerBlock / costPerTx` in `long` arithmetic rounds down.",
            "Then divide by the interval in `double`: `txPerBlock / intervalSeconds`.",
            "Check the arguments first; `!(intervalSeconds > 0)` also catches NaN."
        })
class BlockThroughputTest {

    private final BlockThroughput throughput = Implementation.of(BlockThroughput.class);

    @Test
    @Points(1)
    @DisplayName("Bitcoin's classic estimate: 1 MB, 250 B, 600 s")
    void bitcoinClassic() {
        assertEquals(4_000 / 600.0, throughput.tps(1_000_000, 250, 600), 1e-9, "tps(1_000_000, 250, 600)");
    }

    @Test
    @Points(1)
    @DisplayName("Ethereum transfers filling a 30M-gas block every 12 s")
    void ethereumTransfers() {
        assertEquals(119.0, throughput.tps(30_000_000, 21_000, 12), 1e-9, "tps(30_000_000, 21_000, 12)");
    }

    @Test
    @Points(2)
    @DisplayName("counts whole transactions only")
    void wholeTransactions() {
        // 4,000,000 / 561 = 7,130.12...: 7,130 SegWit payments fit, not 7,130.12.
        assertEquals(7_130 / 600.0, throughput.tps(4_000_000, 561, 600), 1e-9, "tps(4_000_000, 561, 600)");
    }

    @Test
    @Points(1)
    @DisplayName("rejects a transaction that costs nothing")
    void rejectsZeroCost() {
        assertThrows(IllegalArgumentException.class, () -> throughput.tps(1_000_000, 0, 600), "tps(1_000_000, 0, 600)");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("rejects a zero or NaN interval and a negative capacity")
    void rejectsBadIntervalsAndCapacity() {
        assertThrows(IllegalArgumentException.class, () -> throughput.tps(1_000_000, 250, 0), "tps(1_000_000, 250, 0)");
        assertThrows(IllegalArgumentException.class, () -> throughput.tps(1_000_000, 250, Double.NaN),
                "tps(1_000_000, 250, NaN)");
        assertThrows(IllegalArgumentException.class, () -> throughput.tps(-1, 250, 600), "tps(-1, 250, 600)");
    }

    @Test
    @Hidden
    @Points(1)
    @DisplayName("a transaction larger than the block: 0 tps")
    void tooLargeForABlock() {
        assertEquals(0.0, throughput.tps(15_000_000, 20_000_000, 12), 0.0, "tps(15_000_000, 20_000_000, 12)");
    }
}
