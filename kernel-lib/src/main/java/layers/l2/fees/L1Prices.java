package layers.l2.fees;

import java.util.Objects;
import layers.l1.fees.Wei;

/**
 * The two L1 prices a batch pays: the execution base fee per gas (EIP-1559) and the blob base fee per blob gas
 * (EIP-4844). Both are inputs at a moment in time, never live data.
 */
public record L1Prices(Wei baseFeePerGas, Wei baseFeePerBlobGas) {

    public L1Prices {
        Objects.requireNonNull(baseFeePerGas, "baseFeePerGas");
        Objects.requireNonNull(baseFeePerBlobGas, "baseFeePerBlobGas");
    }
}
