/**
 * Validiums and volitions: Part V's ZK rollup with its data held by a data-availability committee instead of posted
 * on L1 (the seeds: "Store proofs on L1 but data off-chain. High throughput. Some trust assumptions"), the exit hatch
 * that needs the data to build a Merkle proof of one's balance, and a volition in which each account chooses where
 * its data goes; the L1 cost of each choice.
 */
package layers.l2.validium;
