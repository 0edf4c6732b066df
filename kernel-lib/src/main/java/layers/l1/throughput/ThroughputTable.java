package layers.l1.throughput;

import layers.l1.fees.Gas;
import layers.l1.fees.GasMix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Bitcoin's and Ethereum's throughput side by side, one row per set of assumptions, so that the course's "Bitcoin
 * about 7 tps, Ethereum 15 to 20" can be traced to what it assumes: which transaction, and whether blocks are full
 * to the limit or to the target.
 */
public final class ThroughputTable {

    private ThroughputTable() {
    }

    /**
     * Columns {@code chain}, {@code assumption}, {@code capacityPerBlock}, {@code unit}, {@code costPerTx},
     * {@code intervalSeconds}, {@code txPerBlock}, {@code tps}.
     */
    public static Table compare() {
        Rows rows = new Rows();
        rows.add("Bitcoin", "classic estimate: 1 MB blocks, 250-byte average transactions",
                BitcoinThroughput.LEGACY_MAX_BLOCK_SIZE, "bytes", BitcoinThroughput.CLASSIC_AVERAGE_TX_BYTES,
                BitcoinThroughput.BLOCK_INTERVAL_SECONDS);
        BitcoinTxSize payment = BitcoinTxSize.p2wpkh(1, 2);
        rows.add("Bitcoin", "SegWit payments, P2WPKH 1 input 2 outputs (" + payment.vsize() + " vB)",
                BitcoinThroughput.MAX_BLOCK_WEIGHT, "weight units", payment.weight(),
                BitcoinThroughput.BLOCK_INTERVAL_SECONDS);
        BitcoinTxSize consolidating = BitcoinTxSize.p2wpkh(2, 2);
        rows.add("Bitcoin", "SegWit payments, P2WPKH 2 inputs 2 outputs (" + consolidating.vsize() + " vB)",
                BitcoinThroughput.MAX_BLOCK_WEIGHT, "weight units", consolidating.weight(),
                BitcoinThroughput.BLOCK_INTERVAL_SECONDS);
        GasLimitHistory london = GasLimitHistory.LONDON_2021;
        rows.addGas("transfers (21,000 gas) at the 15M target, 2021-2025", london.target(), Gas.TRANSACTION);
        rows.addGas("transfers (21,000 gas) at the 30M limit, 2021-2025", london.limit(), Gas.TRANSACTION);
        rows.addGas("mixed transactions (" + Math.round(GasMix.ethereumTypical().meanGas())
                        + " gas on average, assumed mix) at the 15M target",
                london.target(), Gas.of(Math.round(GasMix.ethereumTypical().meanGas())));
        rows.addGas("swaps (150,000 gas, assumed) at the 15M target", london.target(), EthereumThroughput.SWAP_GAS);
        rows.addGas("swaps (150,000 gas, assumed) at the 30M limit", london.limit(), EthereumThroughput.SWAP_GAS);
        for (GasLimitHistory g : new GasLimitHistory[] {GasLimitHistory.FEBRUARY_2025, GasLimitHistory.NOVEMBER_2025}) {
            rows.addGas("transfers at the " + g.target().value() / 1_000_000 + "M target, from " + g.since(),
                    g.target(), Gas.TRANSACTION);
        }
        return rows.table();
    }

    private static final class Rows {
        final StringColumn chain = StringColumn.create("chain");
        final StringColumn assumption = StringColumn.create("assumption");
        final LongColumn capacity = LongColumn.create("capacityPerBlock");
        final StringColumn unit = StringColumn.create("unit");
        final LongColumn cost = LongColumn.create("costPerTx");
        final DoubleColumn interval = DoubleColumn.create("intervalSeconds");
        final LongColumn perBlock = LongColumn.create("txPerBlock");
        final DoubleColumn tps = DoubleColumn.create("tps");

        void add(String c, String a, long cap, String u, long perTx, double seconds) {
            chain.append(c);
            assumption.append(a);
            capacity.append(cap);
            unit.append(u);
            cost.append(perTx);
            interval.append(seconds);
            perBlock.append(Throughput.transactionsPerBlock(cap, perTx));
            tps.append(Throughput.tps(cap, perTx, seconds));
        }

        void addGas(String a, Gas perBlockGas, Gas perTx) {
            add("Ethereum", a, perBlockGas.value(), "gas", perTx.value(), EthereumThroughput.SLOT_SECONDS);
        }

        Table table() {
            return Table.create("throughput from first principles", chain, assumption, capacity, unit, cost, interval,
                    perBlock, tps);
        }
    }
}
