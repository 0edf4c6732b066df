/**
 * Part III: the blockchain trilemma, measured. {@link layers.l1.trilemma.TrilemmaModel#sweep} takes a set of block
 * sizes and intervals and returns, for each, throughput, the stale rate from the network simulator, the attacker's
 * resulting advantage, what a full node then needs ({@link layers.l1.trilemma.NodeRequirements}) and the share of
 * would-be operators who can still afford it ({@link layers.l1.trilemma.NodeCapacities}): one table, one chart.
 *
 * <p>A model, with its inputs in the open: the node capacities are illustrative, not measured; the stale rate comes
 * from a 200-node simulation; bandwidth, storage and verification needs follow the documented formulas.
 */
package layers.l1.trilemma;
