package layers.exercises.blobs;

/**
 * Exercise {@code blobs.excess-blob-gas}: the running total that sets the blob price. Write {@link #calcExcessBlobGas},
 * then grade it: {@code ./course grade blobs.excess-blob-gas}.
 *
 * <p>Hints:
 * <ol>
 *   <li>Add the parent's excess and its blob gas used.</li>
 *   <li>Below the target the result is 0; otherwise subtract the target.</li>
 * </ol>
 */
public class MyExcessBlobGas implements ExcessBlobGas {

    @Override
    public long calcExcessBlobGas(long parentExcessBlobGas, long parentBlobGasUsed, long targetBlobGasPerBlock) {
        throw new UnsupportedOperationException("exercise blobs.excess-blob-gas: not written yet — see the hints above");
    }
}
