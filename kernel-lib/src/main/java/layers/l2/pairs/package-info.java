/**
 * The seeds' real-world pairs (Ethereum + Arbitrum, Ethereum + Optimism, Ethereum + a ZK rollup, Bitcoin +
 * Lightning) as scenarios computed from the course's models: the fee of one action on L1 and on L2, the time to a
 * soft confirmation and to L1 finality, and what each side must trust. Every input is named and can be changed.
 */
package layers.l2.pairs;
