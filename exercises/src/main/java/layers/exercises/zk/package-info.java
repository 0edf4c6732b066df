/**
 * The exercises of the ZK-rollups notebook, each a piece of the course's STARK or of Schnorr's proof of knowledge:
 * evaluating a polynomial over a coset, folding one FRI layer, checking a Merkle opening, writing the transition
 * constraints of a two-account payment AIR, and rejecting forged Schnorr transcripts.
 */
package layers.exercises.zk;
