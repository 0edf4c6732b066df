/**
 * Part III: how many transactions a second a Layer 1 can carry, from first principles. Throughput is block capacity
 * over the cost of one transaction, per block interval: {@link layers.l1.throughput.Throughput#tps}. The capacities
 * and costs are the real ones, each cited: Bitcoin's block weight limit and the weight of a payment
 * ({@link layers.l1.throughput.BitcoinThroughput}, {@link layers.l1.throughput.BitcoinTxSize}), Ethereum's gas limit
 * as it changed over time and the gas of a transfer or a swap
 * ({@link layers.l1.throughput.EthereumThroughput}, {@link layers.l1.throughput.GasLimitHistory}).
 * {@link layers.l1.throughput.ThroughputTable#compare()} puts them side by side, assumptions included, to show where
 * "Bitcoin about 7 tps" and "Ethereum 15 to 20 tps" come from.
 *
 * <pre>{@code
 * ThroughputTable.compare()                                   // every row with its assumption and source
 * BitcoinThroughput.tps(BitcoinTxSize.p2wpkh(1, 2).weight())  // 11.9: one-input, two-output SegWit payments
 * EthereumThroughput.tps(Gas.millions(30), Gas.TRANSACTION)   // 119.0: plain transfers filling 30M blocks
 * }</pre>
 */
package layers.l1.throughput;
