/**
 * Sidechains and bridges: a sidechain whose blocks are valid because enough of its own validators signed them (its
 * security does not come from L1; the seeds: "Sidechains run their own validator sets"), a bridge that locks on L1,
 * mints on the sidechain, burns and releases on the word of an m-of-n multisig, what m stolen keys take, the same
 * attack against a rollup's proof-secured bridge, and moving liquidity between two L2s.
 */
package layers.l2.bridge;
