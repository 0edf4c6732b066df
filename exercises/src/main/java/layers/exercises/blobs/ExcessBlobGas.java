package layers.exercises.blobs;

/** EIP-4844's {@code calc_excess_blob_gas}. */
public interface ExcessBlobGas {

    /**
     * The excess blob gas of the block after a parent with {@code parentExcessBlobGas} that used
     * {@code parentBlobGasUsed}: the sum minus {@code targetBlobGasPerBlock}, or 0 if the sum is below the target.
     *
     * @throws IllegalArgumentException if an argument is negative
     */
    long calcExcessBlobGas(long parentExcessBlobGas, long parentBlobGasUsed, long targetBlobGasPerBlock);
}
