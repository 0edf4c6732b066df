/**
 * Part IV: an optimistic rollup's fraud proofs. A batch is executed as a trace of steps (one transaction of the Part
 * III execution layer each, {@link layers.l2.optimistic.TraceStep}) with a state commitment after every step
 * ({@link layers.l2.optimistic.SparseStateTree}); a proposer posts the final commitment with a bond
 * ({@link layers.l2.optimistic.AssertionChain}); during a 7-day window a watcher may challenge, and the two play an
 * interactive dissection game ({@link layers.l2.optimistic.DisputeGame}) down to one step, which L1 re-executes from
 * Merkle proofs of just the entries it touches ({@link layers.l2.optimistic.OneStepVerifier}). The loser's bond is
 * slashed and a fraudulent assertion removed; withdrawals are final only after the window
 * ({@link layers.l2.optimistic.FastExitQuote} prices the alternative), and
 * {@link layers.l2.optimistic.WatcherAttention} shows why the window is long. {@link layers.l2.optimistic.OptimisticRollup}
 * makes the assertions the state commitments of the rollup's own L1 inbox ({@link layers.l2.rollup.RollupInbox}),
 * whose bridge pays a withdrawal only against its entry in the disputed state root.
 *
 * <pre>{@code
 * var honest = ExecutionTrace.honest(genesis, batch, StepContext.DEFAULT);
 * var fraud = ExecutionTrace.faulty(genesis, batch, StepContext.DEFAULT, new TraceFault.ExtraMint(700, mallory, oneEther));
 * var game = DisputeGame.open(honest.commitment(0), batch.length(), fraud.commitment(batch.length()),
 *         honest.commitment(batch.length()), batch, StepContext.DEFAULT, 2, DisputeGame.DEFAULT_CLOCK, SimTime.ZERO);
 * DisputeRunner.play(game, DefenderStrategy.of(fraud), ChallengerStrategy.of(honest), SimTime.ZERO, hour, 1);
 * game.winner()   // CHALLENGER, after about log2(steps) rounds
 * }</pre>
 *
 * <p>Simplified: a step is a whole transaction, not one instruction (Arbitrum's WAVM, OP Stack's MIPS); the batch's
 * transactions are read from L1 directly rather than through a preimage oracle; one challenger plays one defender at a
 * time, as in Arbitrum's pre-BoLD protocol (BoLD and OP Stack's Fault Dispute Game let anyone join one game).
 */
package layers.l2.optimistic;
