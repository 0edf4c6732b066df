/**
 * Part VI: a two-party payment channel on the course's L1, in the terms of Lightning's BOLT 2 and BOLT 3. A funding
 * output locked to both parties ({@link layers.l2.channels.JointKey}); states signed by both with increasing
 * commitment numbers ({@link layers.l2.channels.ChannelValidator}); each party's commitment transaction, whose own
 * output waits {@code to_self_delay} blocks and can be taken at once with a revocation key
 * ({@link layers.l2.channels.ChannelCommitment}, {@link layers.l2.channels.Bolt3Keys},
 * {@link layers.l2.channels.PerCommitmentSecret}); the chain that enforces it ({@link layers.l2.channels.ChannelChain});
 * cooperative and unilateral closes, the penalty for a revoked state, and a {@link layers.l2.channels.Watchtower}.
 * BOLT 3's fee formula is {@link layers.l2.channels.Bolt3Fees}.
 *
 * <pre>{@code
 * ChannelChain chain = new ChannelChain();
 * ChannelParty alice = ChannelParty.fromSeed("Alice", 1), bob = ChannelParty.fromSeed("Bob", 2);
 * chain.credit(alice.wallet().publicKey(), Amount.sats(2_000_000));
 * PaymentChannel channel = PaymentChannel.open(chain, alice, bob, Amount.sats(1_000_000), Amount.sats(500),
 *         ChannelConfig.defaults());
 * channel.pay(ChannelSide.A, Amount.sats(2_000));            // off-chain: new state 1, state 0 revoked
 * channel.cooperativeClose(Amount.sats(300));               // one L1 transaction pays both
 * }</pre>
 */
package layers.l2.channels;
