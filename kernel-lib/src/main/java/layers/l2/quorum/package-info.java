/**
 * k-of-n Schnorr signature quorums: a fixed set of keys, a threshold, and the check that enough distinct members
 * signed the same message. The trust behind a data-availability committee, a multisig bridge and a sidechain's
 * validator set, which differ only in what they sign.
 */
package layers.l2.quorum;
