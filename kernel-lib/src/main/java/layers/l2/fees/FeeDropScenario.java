package layers.l2.fees;

import java.util.Objects;
import layers.l1.blobs.Eip4844;
import layers.l1.fees.GasMix;
import layers.l1.fees.Usd;
import layers.l1.fees.Wei;
import layers.l2.batch.BatchCodec;
import layers.l2.batch.BatchCompression;
import layers.l2.batch.BatchWorkload;
import layers.l2.batch.TxBatch;

/**
 * The L2 fee of one transaction before and after EIP-4844, from the model and stated inputs: the same compressed,
 * signed batch posted as calldata (EIP-2028, as before Cancun) and as blobs (EIP-4844), plus the same L2 execution.
 * The seeds: "Fees on Arbitrum and Base that had been $0.10-0.50 per transaction fell to $0.01-0.05."
 *
 * @param ethPrice         the price of ether
 * @param l1BaseFeePerGas  L1's execution base fee
 * @param blobBaseFee      L1's blob base fee after the fork
 * @param batchTxs         transactions per batch
 * @param l2GasPerTx       L2 gas used by the average transaction
 * @param l2BaseFee        the L2's base fee per gas
 * @param l2PriorityFee    the tip per gas on L2
 * @param seed             the workload's seed
 */
public record FeeDropScenario(Usd ethPrice, Wei l1BaseFeePerGas, Wei blobBaseFee, int batchTxs, long l2GasPerTx,
                              Wei l2BaseFee, Wei l2PriorityFee, long seed) {

    /** Accounts in the workload the batch is drawn from. */
    public static final int ACCOUNTS = 5_000;

    public FeeDropScenario {
        Objects.requireNonNull(ethPrice, "ethPrice");
        Objects.requireNonNull(l1BaseFeePerGas, "l1BaseFeePerGas");
        Objects.requireNonNull(blobBaseFee, "blobBaseFee");
        Objects.requireNonNull(l2BaseFee, "l2BaseFee");
        Objects.requireNonNull(l2PriorityFee, "l2PriorityFee");
        if (batchTxs <= 0) {
            throw new IllegalArgumentException("a batch holds at least one transaction, not " + batchTxs);
        }
    }

    /**
     * The fork in March 2024, with these inputs (assumptions of this model unless a source is named): ether at
     * $3,500; an L1 base fee of 40 gwei; the blob base fee at EIP-4844's minimum, 1 wei (the excess blob gas starts
     * at 0 at the fork, and the fee stays at 1 wei until 2,314,058 blob gas of excess has built up); batches of 1,000
     * signed transactions; the course's mix of transfers, token transfers and swaps, 55,500 gas on average
     * ({@link GasMix#ethereumTypical()}); an L2 base fee of 0.05 gwei and a tip of 0.001 gwei.
     */
    public static FeeDropScenario march2024() {
        return new FeeDropScenario(Usd.dollars(3_500), Wei.gwei(40), Eip4844.MIN_BASE_FEE_PER_BLOB_GAS, 1_000,
                Math.round(GasMix.ethereumTypical().meanGas()), Wei.of(50_000_000L), Wei.of(1_000_000L), 42);
    }

    public FeeDropScenario withL1BaseFee(Wei fee) {
        return new FeeDropScenario(ethPrice, fee, blobBaseFee, batchTxs, l2GasPerTx, l2BaseFee, l2PriorityFee, seed);
    }

    public FeeDropScenario withBlobBaseFee(Wei fee) {
        return new FeeDropScenario(ethPrice, l1BaseFeePerGas, fee, batchTxs, l2GasPerTx, l2BaseFee, l2PriorityFee,
                seed);
    }

    public FeeDropScenario withL2BaseFee(Wei fee) {
        return new FeeDropScenario(ethPrice, l1BaseFeePerGas, blobBaseFee, batchTxs, l2GasPerTx, fee, l2PriorityFee,
                seed);
    }

    public FeeDropScenario withBatchTxs(int txs) {
        return new FeeDropScenario(ethPrice, l1BaseFeePerGas, blobBaseFee, txs, l2GasPerTx, l2BaseFee, l2PriorityFee,
                seed);
    }

    /** The posted batch: {@link #batchTxs} signed transactions of the workload, encoded and compressed with zlib. */
    public byte[] postedBatch() {
        TxBatch batch = BatchWorkload.create(seed, ACCOUNTS).nextSignedBatch(batchTxs);
        return BatchCompression.compress(BatchCodec.encode(batch));
    }

    /** The fee per transaction with the batch posted in {@code mode}. */
    public L2Fee fee(byte[] posted, PostingMode mode) {
        return L2FeeModel.perTransaction(posted, batchTxs, mode, new L1Prices(l1BaseFeePerGas, blobBaseFee),
                l2GasPerTx, l2BaseFee, l2PriorityFee);
    }

    /** Before the fork: the batch as calldata at EIP-2028's prices. */
    public L2Fee before(byte[] posted) {
        return fee(posted, PostingMode.CALLDATA);
    }

    /** After the fork: the batch as blobs. */
    public L2Fee after(byte[] posted) {
        return fee(posted, PostingMode.BLOBS);
    }
}
