/**
 * Part III: fees, and why they rise when blocks fill. Value types for Ethereum's units ({@link layers.l1.fees.Gas},
 * {@link layers.l1.fees.Wei}) and for quoting them in dollars ({@link layers.l1.fees.Usd}); EIP-1559's rules, one
 * method each, with the EIP's integer arithmetic ({@link layers.l1.fees.Eip1559}); and a fee market simulated block by
 * block ({@link layers.l1.fees.FeeMarketSimulation}): demand that varies over time and can spike
 * ({@link layers.l1.fees.DemandCurve}), users who bid ({@link layers.l1.fees.Bidders}), a mempool, a builder that
 * takes the best effective tips, and either a first-price auction or EIP-1559 ({@link layers.l1.fees.Mechanism}).
 *
 * <pre>{@code
 * Eip1559.expectedBaseFeePerGas(Wei.gwei(100), Gas.millions(30), Gas.millions(15))   // 112.5 Gwei after a full block
 * FeeMarketResult r = new FeeMarketSimulation(FeeMarketConfig.congestion()).run(progress("blocks", 1_000));
 * r.blocks()                                     // base fee, queue, users priced out, waiting times per block
 * r.feeInUsd(GasMix.SWAP_GAS, Usd.dollars(3_000))  // what a swap cost, block by block, at $3,000 per ether
 * }</pre>
 */
package layers.l1.fees;
