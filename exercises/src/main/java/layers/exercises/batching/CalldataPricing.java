package layers.exercises.batching;

/** What a batch costs to post as the calldata of one L1 transaction, in gas (EIP-2028). */
public interface CalldataPricing {

    /**
     * The gas of an L1 transaction whose calldata is {@code posted} and which runs no code: 21,000 (G_transaction)
     * plus 4 gas per zero byte and 16 gas per non-zero byte (EIP-2028).
     */
    long batchGas(byte[] posted);
}
