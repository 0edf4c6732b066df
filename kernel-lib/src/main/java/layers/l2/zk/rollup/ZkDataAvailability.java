package layers.l2.zk.rollup;

/**
 * Where a batch's transaction data goes, which decides who can rebuild the state if the operator disappears (the
 * seeds: "An L2 that stores data elsewhere (a validium) has weaker guarantees regardless of how good its proof
 * system is — the data availability becomes the binding constraint, not the proof mechanism").
 */
public enum ZkDataAvailability {
    /** A ZK rollup posting its data as calldata (EIP-2028 pricing). */
    CALLDATA(true),
    /** A ZK rollup posting its data in a blob (EIP-4844); the blob is kept by consensus nodes for about 18 days. */
    BLOB(true),
    /** A validium: data kept off-chain (e.g. by a committee); only the proof, the roots and the withdrawals go to L1. */
    OFF_CHAIN(false);

    private final boolean dataOnL1;

    ZkDataAvailability(boolean dataOnL1) {
        this.dataOnL1 = dataOnL1;
    }

    /** Whether anyone can read the transactions from L1 (and so rebuild the state without the operator). */
    public boolean dataOnL1() {
        return dataOnL1;
    }
}
