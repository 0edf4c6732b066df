/**
 * The exercises of the proof-of-stake notebook, each a rule of Ethereum's consensus specification
 * (ethereum/consensus-specs) with the constants in force from Bellatrix to Deneb: stake-weighted proposer selection,
 * the two-thirds test that justifies a checkpoint, the four ways Casper FFG finalizes one, the two slashable votes,
 * and the penalties for them.
 */
package layers.exercises.pos;
