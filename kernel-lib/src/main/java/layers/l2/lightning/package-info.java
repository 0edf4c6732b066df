/**
 * Part VI: a Lightning-style channel network. A generated graph shaped like the public network
 * ({@link layers.l2.lightning.LightningGraphGenerator}, {@link layers.l2.lightning.GraphShape}) with BOLT 7 fee
 * policies and balances hidden from senders ({@link layers.l2.lightning.LightningGraph}); Pickhardt and Richter's
 * success probability ({@link layers.l2.lightning.SuccessProbability}) and what a sender learns from failures
 * ({@link layers.l2.lightning.LiquidityKnowledge}); a router that minimises fees plus the price of failure
 * ({@link layers.l2.lightning.LightningRouter}); payments with retries and multi-part splitting that settle
 * atomically ({@link layers.l2.lightning.LightningPayments}); and L1 costs and the coffee comparison
 * ({@link layers.l2.lightning.OnChainCosts}, {@link layers.l2.lightning.CoffeeComparison}).
 *
 * <pre>{@code
 * LightningGraph g = LightningGraphGenerator.generate(GraphShape.publicNetwork(), 42);
 * PaymentOutcome r = new LightningPayments(g, PaymentConfig.defaults()).pay(17, 2_024, 50_000_000);  // 50,000 sat
 * }</pre>
 */
package layers.l2.lightning;
