/**
 * The exercises of the throughput-and-fees notebook: throughput from a block's capacity, EIP-1559's base fee update
 * with the EIP's integer arithmetic, the tip a transaction pays its block's producer, and how a block builder fills a
 * block by effective tip.
 */
package layers.exercises.fees;
