/**
 * Part VI: hashed time-locked contracts, the conditional payments that let a payment cross several channels without
 * trusting the nodes in between. An {@link layers.l2.htlc.Htlc} (SHA-256 hash lock, CLTV time lock); per-hop
 * amounts and decreasing expiries ({@link layers.l2.htlc.RouteHops}, with BOLT 7's fee
 * {@link layers.l2.htlc.ChannelPolicy}); and a payment across a path ({@link layers.l2.htlc.MultiHopPayment}) that
 * settles at every hop or at none, also when a node in the middle refuses or goes offline.
 *
 * <pre>{@code
 * List<HopPayload> hops = RouteHops.computeHopPayloads(policies, Msat.sats(10_000), 800_000, 18);
 * HtlcPaymentResult r = MultiHopPayment.along(nodes, policies, out, in).send(preimage, Msat.sats(10_000), 800_000);
 * }</pre>
 */
package layers.l2.htlc;
