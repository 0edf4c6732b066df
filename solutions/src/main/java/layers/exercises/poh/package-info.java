/**
 * The proof-of-history exercise of the notebook on DPoS and proof of history: verify a segment of a sequential
 * SHA-256 hash chain, with its ticks and mixed-in events, and name the first entry that is wrong.
 */
package layers.exercises.poh;
