/**
 * Part IV: the rollup core. An L2 chain that runs the Part III execution layer ({@link layers.l2.rollup.RollupChain}),
 * a sequencer that orders transactions and gives soft confirmations ({@link layers.l2.rollup.RollupSequencer}), and
 * the rollup's contracts on L1 ({@link layers.l2.rollup.RollupInbox}): the bridge (deposits locked, withdrawals paid
 * against a posted output root with a Merkle proof, of the withdrawals root or of the message passer's entry in the
 * state root ({@link layers.l2.rollup.MessagePasser}), after a {@link layers.l2.rollup.FinalizationPolicy}), the delayed
 * inbox (deposits and transactions sent on L1), the sequencer inbox (batches, forced inclusions) and the state
 * commitments. Every L2 node derives the chain from the inbox ({@link layers.l2.rollup.RollupDerivation}); the
 * {@link layers.l2.rollup.ExitHatch} does it with nothing but L1 data, and refuses data that does not match the
 * inbox's accumulators. {@link layers.l2.rollup.SequencerSimulation} follows users through censorship and downtime.
 *
 * <pre>{@code
 * var inbox = new RollupInbox(RollupConfig.arbitrum(), TxListCodec.course(), ExecutionState.genesis(Map.of(alice, Wei.ether(10))));
 * var seq = new RollupSequencer(inbox);
 * inbox.deposit(alice, alice, Wei.ether(5), SimTime.ofSeconds(12));
 * seq.produceBlock(SimTime.ofSeconds(14));                   // block 1 credits the deposit
 * seq.postBatch(SimTime.ofSeconds(60));
 * ExitHatch.rebuild(TxListCodec.course(), inbox.postedData()).chain().balance(alice)   // 5 ether
 * }</pre>
 *
 * <p>Simplified: one batch poster and permissionless state commitments (bonds and disputes are
 * {@code layers.l2.optimistic}'s); ether only in the bridge (no token bridge, no L1-to-L2 calls); an L2 base fee of 0;
 * the L1 caller of a forced transaction is its sender; batches are not split into frames or channels.
 */
package layers.l2.rollup;
