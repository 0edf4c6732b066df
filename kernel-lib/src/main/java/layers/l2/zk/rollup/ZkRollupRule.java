package layers.l2.zk.rollup;

import layers.core.Rule;

/** The rules of the ZK rollup: what a transfer must satisfy, and what the L1 contract checks of a batch. */
public enum ZkRollupRule implements Rule {
    UNKNOWN_ACCOUNT("a transfer names an account the state does not have"),
    SELF_TRANSFER("a transfer's sender is its receiver"),
    OVERSPEND("a transfer moves more than the sender's balance"),
    WRONG_NONCE("a transfer's nonce is not the sender's current nonce"),
    BATCH_TOO_LARGE("the batch has more transfers than its trace has steps"),
    WRONG_PREVIOUS_ROOT("the batch starts from a state root that is not the one the contract holds"),
    DATA_MISMATCH("the data posted with the batch is not the data the proof's statement names"),
    INVALID_PROOF("the validity proof does not verify for this batch's statement");

    private final String description;

    ZkRollupRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
