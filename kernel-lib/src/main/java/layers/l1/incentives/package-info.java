/**
 * Part III: the native asset and the incentives it pays for. Bitcoin's subsidy schedule and miner revenue
 * ({@link layers.l1.incentives.BitcoinRewards}), Ethereum's issuance as a function of total stake
 * ({@link layers.l1.incentives.EthereumIssuance}), and what controlling each chain costs at given prices
 * ({@link layers.l1.incentives.AttackCost}). Prices and hash rates are inputs with a date, never live data.
 *
 * <pre>{@code
 * EthereumIssuance.yieldByTotalStake(10_000_000, 20_000_000, 34_000_000, 50_000_000)
 * AttackCost.table()                       // proof of work for an hour against proof of stake, dated defaults
 * BitcoinRewards.subsidySchedule(ChainParams.easy(), 8, Amount.sats(20_000_000))
 * }</pre>
 */
package layers.l1.incentives;
