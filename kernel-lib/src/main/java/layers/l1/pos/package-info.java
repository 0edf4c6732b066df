/**
 * Proof of stake as Ethereum runs it since the Merge: value types ({@link layers.l1.pos.Gwei},
 * {@link layers.l1.pos.Slot}, {@link layers.l1.pos.Epoch}), stake-weighted proposer selection
 * ({@link layers.l1.pos.ProposerSelection}), Casper FFG justification and finalization
 * ({@link layers.l1.pos.Finality}), slashing ({@link layers.l1.pos.Slashing},
 * {@link layers.l1.pos.SlashingPenalties}), the inactivity leak ({@link layers.l1.pos.InactivityLeak}), a partition
 * ({@link layers.l1.pos.PartitionSimulation}) and economic against probabilistic finality
 * ({@link layers.l1.pos.EconomicFinality}).
 *
 * <p>Each rule is a method named as the consensus specification (ethereum/consensus-specs) names its function, in
 * camelCase, with the fork that defines it. The constants are those in force from Bellatrix to Deneb
 * ({@link layers.l1.pos.SpecConstants}).
 *
 * <p>What is simplified: no BLS signatures, committees, slots within an epoch, head votes or LMD-GHOST fork choice;
 * every validator votes once per epoch; no deposits, activations, withdrawals, sync committees, execution payloads or
 * attestation rewards and flag penalties (the only balance changes are the inactivity leak and slashing); the RANDAO
 * mix is derived from a seed instead of proposers' reveals.
 */
package layers.l1.pos;
