/**
 * The exercises of the notebook on optimistic rollups: find where two traces part by bisection, check a state entry
 * of a one-step proof against a sparse Merkle root, decide when a withdrawal is final, and price a fast exit.
 */
package layers.exercises.optimistic;
