/**
 * Part IV: what an L2 transaction pays. {@link layers.l2.fees.L2FeeModel}: L2 execution plus the transaction's share
 * of the L1 cost of posting its compressed batch, as calldata or as blobs ({@link layers.l2.fees.PostingMode}) at
 * given L1 prices ({@link layers.l2.fees.L1Prices}). {@link layers.l2.fees.FeeDropScenario} reproduces the fall of L2
 * fees at EIP-4844 from stated inputs.
 *
 * <pre>{@code
 * var scenario = FeeDropScenario.march2024();
 * byte[] posted = scenario.postedBatch();
 * scenario.before(posted).totalUsd(scenario.ethPrice())   // as calldata
 * scenario.after(posted).totalUsd(scenario.ethPrice())    // as blobs
 * }</pre>
 */
package layers.l2.fees;
