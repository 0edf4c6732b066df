/**
 * Notebook 01's exercises, on what lets anyone check a blockchain by themselves: comparing hashes bit by bit,
 * Bitcoin's Merkle root and inclusion proofs, and the 80-byte block header and its double SHA-256.
 */
package layers.exercises.crypto;
