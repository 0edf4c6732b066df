package layers.l2.fees;

/** How a rollup posts a batch to L1. */
public enum PostingMode {
    /** As calldata of one transaction, at EIP-2028's 16 gas per non-zero byte and 4 per zero byte (before Prague). */
    CALLDATA,
    /** As calldata under EIP-7623's floor (from Prague): a data-only transaction pays 40 and 10 gas per byte. */
    CALLDATA_FLOOR,
    /** As blobs of a type-3 transaction (EIP-4844, from Cancun): 21000 gas plus 131072 blob gas per blob. */
    BLOBS
}
