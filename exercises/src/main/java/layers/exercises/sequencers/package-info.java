/**
 * The exercises of the sequencers notebook: when a forced transaction must be included, spotting censored messages
 * in the L1 inbox, verifying a withdrawal proof against a posted output root, and rebuilding the L2 chain from the
 * batches posted on L1.
 */
package layers.exercises.sequencers;
