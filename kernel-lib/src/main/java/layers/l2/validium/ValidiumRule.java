package layers.l2.validium;

import layers.core.Rule;

/**
 * The rules of a ZK chain's L1 contract beyond the proof (data mode, attestation, exits), and of rebuilding its state.
 */
public enum ValidiumRule implements Rule {
    FROZEN("the contract is frozen: it accepts exits, not batches"),
    WRONG_DATA_MODE("the batch's data-availability mode is not the chain's"),
    MISSING_ATTESTATION("a validium batch comes without the committee's attestation that its data is available"),
    ATTESTATION_REJECTED("the committee's attestation does not verify for the batch's data"),
    NOT_FROZEN("exits by Merkle proof open only once the contract is frozen (the operator stopped serving)"),
    BRIDGE_ACCOUNT("account 0 is the bridge: its balance was already paid out as withdrawals"),
    ALREADY_EXITED("the account has already exited"),
    NOT_IN_STATE("the claimed balance and nonce are not a leaf under the contract's state root"),
    DATA_WITHHELD("a batch's data is on neither L1 nor any committee member that serves: its state cannot be rebuilt"),
    DATA_MISMATCH("data served for a batch does not hash to the batch's data hash"),
    STATE_MISMATCH("replaying a batch's data does not give the state root the contract recorded");

    private final String description;

    ValidiumRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
