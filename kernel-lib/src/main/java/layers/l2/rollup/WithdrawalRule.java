package layers.l2.rollup;

import layers.core.Rule;

/** Why the rollup's L1 bridge refuses to pay out a withdrawal. */
public enum WithdrawalRule implements Rule {
    UNKNOWN_COMMITMENT("the proof names a state commitment the inbox does not hold (never posted, or removed)"),
    OUTPUT_ROOT_MISMATCH("the state root and withdrawals root in the proof do not hash to the commitment's output root"),
    WITHDRAWAL_NOT_IN_ROOT("the Merkle path does not lead from the withdrawal to the withdrawals root"),
    WITHDRAWALS_ROOT_NOT_TRUSTED("this rollup proves withdrawals against the state root, which its dispute game "
            + "checks, never against the output root's withdrawals root, which it does not"),
    STATE_PROOF_NOT_SUPPORTED("this rollup proves withdrawals against its withdrawals root, not against its state"),
    NOT_THE_SENT_MESSAGE("the state entry proven is not the withdrawal's sentMessages entry set to 1"),
    WITHDRAWAL_NOT_IN_STATE("the state proof does not lead from the withdrawal's sentMessages entry to the state root"),
    NOT_FINAL("the state commitment is not final yet under the rollup's finalization policy"),
    ALREADY_FINALIZED("this withdrawal has already been paid out");

    private final String description;

    WithdrawalRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
