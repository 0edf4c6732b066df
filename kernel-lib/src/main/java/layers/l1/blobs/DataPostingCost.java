package layers.l1.blobs;

import layers.l1.fees.Wei;

/**
 * What an L1 transaction that posts data costs, the two ways: as calldata (one transaction whose data gas is
 * priced like execution gas) or as blobs (EIP-4844: a type-3 transaction paying execution gas for itself and blob
 * gas for its blobs, each a separate market). Base fees only: priority fees are left out.
 */
public final class DataPostingCost {

    private DataPostingCost() {
    }

    /**
     * {@code data} as calldata at {@code baseFeePerGas}, with {@code executionGasUsed} gas of contract work (an
     * inbox that only stores a hash does little), under EIP-2028's pricing or, from Prague, EIP-7623's floor.
     */
    public static Wei calldata(byte[] data, long executionGasUsed, Wei baseFeePerGas, boolean eip7623) {
        long gas = eip7623 ? CalldataGas.gasUsedEip7623(data, executionGasUsed)
                : CalldataGas.gasUsedEip2028(data, executionGasUsed);
        return baseFeePerGas.times(gas);
    }

    /**
     * A blob transaction carrying {@code blobs} blobs: {@code executionGasUsed} (at least the 21000 base) at the base
     * fee, plus GAS_PER_BLOB blob gas per blob at the blob base fee. A blob is paid whole, however full.
     */
    public static Wei blobs(int blobs, long executionGasUsed, Wei baseFeePerGas, Wei baseFeePerBlobGas) {
        if (blobs < 1) {
            throw new IllegalArgumentException("a blob transaction carries at least one blob (EIP-4844), not " + blobs);
        }
        if (executionGasUsed < CalldataGas.TX_BASE_COST) {
            throw new IllegalArgumentException("a transaction uses at least 21000 gas, not " + executionGasUsed);
        }
        return baseFeePerGas.times(executionGasUsed).plus(baseFeePerBlobGas.times(Eip4844.getTotalBlobGas(blobs)));
    }
}
