/**
 * The exercises of the real-world pairs notebook: a Uniswap v2 swap's output with its 0.3% fee, the dollar cost of
 * an L1 action, one transaction's share of its batch's L1 cost, and choosing the pairs that meet a set of requirements.
 */
package layers.exercises.pairs;
