/**
 * The exercises of the capstone notebook: choosing a system that meets a user's requirements, an L2's throughput from
 * L1 data space, the fee of a batched transaction, and when an optimistic withdrawal is final.
 */
package layers.exercises.capstone;
