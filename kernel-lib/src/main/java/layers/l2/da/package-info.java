/**
 * Data availability: Reed–Solomon erasure coding over the Goldilocks field (extension factor 2, so any half of the
 * coded chunks rebuilds the data), Merkle commitments to the chunks, light nodes that sample random chunks, a
 * publisher that withholds, the probability of catching it; and a data-availability committee whose k-of-n Schnorr
 * signatures attest that data is available (the trust a validium adds). The idea behind Danksharding: EIP-4844
 * ("Proto-Danksharding") added blobs; EIP-7594 (PeerDAS) added sampling of an erasure-coded extension.
 */
package layers.l2.da;
