/**
 * Part IV: where rollups put their data on L1. Calldata at EIP-2028's 16 and 4 gas a byte, with EIP-7623's floor
 * ({@link layers.l1.blobs.CalldataGas}); blobs of EIP-4844, 131,072 bytes each, priced in blob gas in a market of
 * their own whose base fee is {@link layers.l1.blobs.Eip4844#fakeExponential} of the excess blob gas
 * ({@link layers.l1.blobs.Eip4844}), with the targets and maximums of each fork ({@link layers.l1.blobs.BlobSchedule}:
 * Cancun, Prague's EIP-7691, the blob-parameter-only forks of EIP-7892) and EIP-7918's reserve price
 * ({@link layers.l1.blobs.Eip7918}). {@link layers.l1.blobs.BlobEncoding} packs a batch into blobs;
 * {@link layers.l1.blobs.DataPostingCost} prices a posting both ways; {@link layers.l1.blobs.BlobMarketSimulation}
 * runs the market under changing demand.
 *
 * <pre>{@code
 * Eip4844.fakeExponential(1, 5, 2)                                   // 11 (e^2.5 ≈ 12.18)
 * Eip4844.getBaseFeePerBlobGas(2_314_058, BlobSchedule.CANCUN)       // 2 wei: the first excess above the minimum
 * BlobSchedule.CANCUN.calcExcessBlobGas(BlobHeader.of(0, 6 * Eip4844.GAS_PER_BLOB))   // 393216
 * }</pre>
 *
 * <p>Simplified: no KZG commitments or proofs (a blob's bytes stand for themselves), and no priority fees.
 */
package layers.l1.blobs;
