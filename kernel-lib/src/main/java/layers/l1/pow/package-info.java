/**
 * Part II: proof of work, as Bitcoin does it.
 *
 * <ul>
 *   <li>Mining: {@link layers.l1.pow.MiningRace} (the race proportional to hash power),
 *       {@link layers.l1.pow.RealMining} (real SHA-256 nonce search at an easy target).</li>
 *   <li>Rules, one method each, named as Bitcoin Core names them: {@link layers.l1.pow.Retarget}
 *       ({@code calculateNextWorkRequired}), {@link layers.l1.pow.ForkChoice} ({@code heaviest} chain by work),
 *       {@link layers.l1.pow.BlockTree#confirmations}.</li>
 *   <li>The network: {@link layers.l1.pow.PowNetworkSimulation} and its tables in
 *       {@link layers.l1.pow.PowNetworkResult}; {@link layers.l1.pow.StaleRate} (Gervais et al., CCS 2016);
 *       {@link layers.l1.pow.DifficultySimulation}.</li>
 *   <li>Attacks: {@link layers.l1.pow.AttackerSuccess} and {@link layers.l1.pow.DoubleSpendRace} (whitepaper
 *       section 11), {@link layers.l1.pow.MajorityAttack} (a 51% attack in the network),
 *       {@link layers.l1.pow.SelfishMining} (Eyal and Sirer, 2014).</li>
 * </ul>
 *
 * <p>In a notebook, a run and a chart of its propagation times:
 * <pre>{@code
 * var config = PowNetworkConfig.bitcoin().withNodes(2_000);
 * var result = new PowNetworkSimulation(config).run(500, progress("mining", 500));
 * Table p = result.propagation();
 * XYChart chart = new XYChartBuilder().title("How long a block takes to spread")
 *         .xAxisTitle("block").yAxisTitle("seconds").build();
 * chart.addSeries("50% of nodes", p.intColumn("block").asDoubleArray(), p.doubleColumn("t50Seconds").asDoubleArray());
 * chart.addSeries("90% of nodes", p.intColumn("block").asDoubleArray(), p.doubleColumn("t90Seconds").asDoubleArray());
 * chart
 * }</pre>
 */
package layers.l1.pow;
