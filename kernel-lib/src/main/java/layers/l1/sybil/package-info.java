/**
 * Sybil resistance: one node, one vote is captured by free identities; proof of work and proof of stake price the
 * votes ({@link layers.l1.sybil.SybilModel}). A model with inputs, not a simulation of a network: prices are whole
 * numbers in one currency unit, shares are fractions of the votes.
 */
package layers.l1.sybil;
