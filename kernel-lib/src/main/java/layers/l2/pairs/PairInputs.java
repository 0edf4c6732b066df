package layers.l2.pairs;

import layers.l1.fees.Gas;
import layers.l1.fees.Usd;
import layers.l1.fees.Wei;
import layers.l1.blobs.Eip4844;

/**
 * The inputs of the pair scenarios. Each is an assumption of this model unless a source is named in
 * {@link #typical()}; change any of them with the {@code with…} methods.
 *
 * @param ethUsd            the price of ether (assumption)
 * @param btcUsd            the price of bitcoin (assumption)
 * @param l1BaseFee         Ethereum's base fee per gas (assumption)
 * @param l1Tip             the priority fee per gas paid on Ethereum (assumption)
 * @param blobBaseFee       the blob base fee per blob gas
 * @param l2BaseFee         the rollup's base fee per gas
 * @param batchTxs          transactions per posted batch (assumption)
 * @param l2Tps             transactions per second the rollup receives, which sets how fast a batch fills (assumption)
 * @param swapGas           gas of a Uniswap v2-style swap
 * @param mintGas           gas of an ERC-721 mint
 * @param transferGas       gas of a plain ether transfer
 * @param zkVerifyGas       L1 gas to verify one validity proof, shared by the batch (assumption)
 * @param lightningPpm      fee_proportional_millionths of each routing node (BOLT 7), an assumption
 * @param lightningBaseMsat fee_base_msat of each routing node (BOLT 7), an assumption
 * @param seed              the seed of the batch workload
 */
public record PairInputs(Usd ethUsd, Usd btcUsd, Wei l1BaseFee, Wei l1Tip, Wei blobBaseFee, Wei l2BaseFee,
                         int batchTxs, double l2Tps, Gas swapGas, Gas mintGas, Gas transferGas, Gas zkVerifyGas,
                         long lightningPpm, long lightningBaseMsat, long seed) {

    public PairInputs {
        if (ethUsd == null || btcUsd == null || l1BaseFee == null || l1Tip == null || blobBaseFee == null
                || l2BaseFee == null || swapGas == null || mintGas == null || transferGas == null
                || zkVerifyGas == null) {
            throw new IllegalArgumentException("every pair input must be given (one of them is null)");
        }
        if (batchTxs <= 0) {
            throw new IllegalArgumentException("a batch holds at least one transaction, not " + batchTxs);
        }
        if (!(l2Tps > 0)) {
            throw new IllegalArgumentException("the rollup's transaction rate must be positive, not " + l2Tps);
        }
        if (lightningPpm < 0 || lightningBaseMsat < 0) {
            throw new IllegalArgumentException("Lightning fees cannot be negative: " + lightningBaseMsat + " msat + "
                    + lightningPpm + " ppm");
        }
    }

    /**
     * Defaults. Assumptions: ether at $3,500 and bitcoin at $60,000 (the prices notebooks 11 and 13 use); an
     * Ethereum base fee of 12 gwei plus a 1 gwei tip (a quiet day); batches of 1,000 transactions; 100 tps arriving
     * at the rollup; 500,000 gas to verify a proof on L1; Lightning nodes charging 0 msat + 10 ppm. Sourced:
     * the blob base fee at its floor, EIP-4844 {@code MIN_BASE_FEE_PER_BLOB_GAS = 1}; an L2 base fee of 0.01 gwei,
     * Arbitrum One's gas price floor, ArbGasInfo.getMinimumGasPrice (docs.arbitrum.io, "Gas and fees"); 21,000 gas
     * for a transfer (Yellow Paper,
     * G_transaction); a swap 120,000 and a mint 130,000 gas, the middle of the 100–150k range measured for a
     * Uniswap v2 swap and an ERC-721 mint (an estimate, not a protocol constant).
     */
    public static PairInputs typical() {
        return new PairInputs(Usd.dollars(3_500), Usd.dollars(60_000), Wei.gwei(12), Wei.gwei(1),
                Eip4844.MIN_BASE_FEE_PER_BLOB_GAS, Wei.of(10_000_000L), 1_000, 100, Gas.of(120_000),
                Gas.of(130_000), Gas.TRANSACTION, Gas.of(500_000), 10, 0, 42);
    }

    public PairInputs withL1BaseFee(Wei fee) {
        return new PairInputs(ethUsd, btcUsd, fee, l1Tip, blobBaseFee, l2BaseFee, batchTxs, l2Tps, swapGas, mintGas,
                transferGas, zkVerifyGas, lightningPpm, lightningBaseMsat, seed);
    }

    public PairInputs withEthUsd(Usd price) {
        return new PairInputs(price, btcUsd, l1BaseFee, l1Tip, blobBaseFee, l2BaseFee, batchTxs, l2Tps, swapGas,
                mintGas, transferGas, zkVerifyGas, lightningPpm, lightningBaseMsat, seed);
    }

    public PairInputs withBlobBaseFee(Wei fee) {
        return new PairInputs(ethUsd, btcUsd, l1BaseFee, l1Tip, fee, l2BaseFee, batchTxs, l2Tps, swapGas, mintGas,
                transferGas, zkVerifyGas, lightningPpm, lightningBaseMsat, seed);
    }

    public PairInputs withL2BaseFee(Wei fee) {
        return new PairInputs(ethUsd, btcUsd, l1BaseFee, l1Tip, blobBaseFee, fee, batchTxs, l2Tps, swapGas, mintGas,
                transferGas, zkVerifyGas, lightningPpm, lightningBaseMsat, seed);
    }

    public PairInputs withBatchTxs(int txs) {
        return new PairInputs(ethUsd, btcUsd, l1BaseFee, l1Tip, blobBaseFee, l2BaseFee, txs, l2Tps, swapGas, mintGas,
                transferGas, zkVerifyGas, lightningPpm, lightningBaseMsat, seed);
    }

    public PairInputs withLightningFees(long baseMsat, long ppm) {
        return new PairInputs(ethUsd, btcUsd, l1BaseFee, l1Tip, blobBaseFee, l2BaseFee, batchTxs, l2Tps, swapGas,
                mintGas, transferGas, zkVerifyGas, ppm, baseMsat, seed);
    }
}
