/**
 * The exercises of notebook 07, on what a Layer 1 settles and what that costs: a new full node's sync time as the
 * chain grows, a light client's check of a payment against headers and a Merkle proof, Ethereum's staking yield at
 * a given total stake (consensus-specs altair, {@code get_base_reward_per_increment}), and the price of a majority
 * of the hash power or the stake.
 */
package layers.exercises.settlement;
