/**
 * Part III: what Layer 1 settles and who can check it. A {@link layers.l1.settlement.FullNode} re-verifies
 * everything from genesis, at a cost that grows with history ({@link layers.l1.settlement.FullNodeCost},
 * {@link layers.l1.settlement.ChainSize}); a {@link layers.l1.settlement.LightClient} keeps headers and checks
 * Merkle proofs, and trusts the rest ({@link layers.l1.settlement.Guarantees}). Data availability is what separates
 * them: {@link layers.l1.settlement.DataWithholding} publishes a header and withholds its block. Settlement takes
 * time: {@link layers.l1.settlement.TimeToFinality}.
 *
 * <pre>{@code
 * DataWithholding.run(6, 1).table()             // full node: DATA_UNAVAILABLE; light client: valid, valid
 * FullNodeCost.measure(new int[] {25, 50, 100}, 2, 1)
 * TimeToFinality.table(0.1, 1, 3, 6)
 * }</pre>
 */
package layers.l1.settlement;
