/**
 * The delegated-proof-of-stake exercises of the notebook on DPoS and proof of history: elect the block producers
 * from token-weighted votes, map each block slot to the producer whose turn it is, and count how few holders
 * control more than a share of the votes (the Nakamoto coefficient).
 */
package layers.exercises.dpos;
