package layers.exercises.capstone;

import layers.l1.fees.Wei;

/** The fee of one transaction of a rollup batch posted as calldata. */
public interface BatchedFee {

    /**
     * L2 execution ({@code l2GasUsed × l2BaseFee}) plus the transaction's share of posting {@code posted} as calldata:
     * {@code (21000 + 16 × non-zero bytes + 4 × zero bytes) × l1BaseFee} (EIP-2028), divided by {@code txCount} and
     * rounded up to a whole wei.
     *
     * @throws IllegalArgumentException if {@code txCount} is not positive or {@code l2GasUsed} is negative
     */
    Wei fee(byte[] posted, int txCount, Wei l1BaseFee, long l2GasUsed, Wei l2BaseFee);
}
