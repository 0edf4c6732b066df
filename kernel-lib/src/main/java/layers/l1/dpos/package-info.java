/**
 * Delegated proof of stake as EOS and Tron run it: token holders vote ({@link layers.l1.dpos.Ballot}), the top
 * candidates are elected ({@link layers.l1.dpos.Dpos#electProducers}) and produce blocks in turn
 * ({@link layers.l1.dpos.ProducerSchedule}), missing them when offline ({@link layers.l1.dpos.DposSimulation}); and
 * what concentration of votes means for decentralisation ({@link layers.l1.dpos.Concentration}: Nakamoto and Gini
 * coefficients).
 *
 * <p>Simplified: one candidate per ballot, no vote decay (EOS) or 6-hour maintenance periods (Tron; here votes are
 * re-tallied every round), no standby producers or rewards, no BFT irreversibility; an offline producer misses all of
 * its turn.
 */
package layers.l1.dpos;
