package layers.l1.settlement;

import layers.core.Rule;

/** What a node refuses beyond the block rules ({@link layers.l1.block.BlockRule}): data it does not have. */
public enum SettlementRule implements Rule {
    /** A full node follows only blocks it has validated, and it cannot validate transactions it was not given. */
    DATA_UNAVAILABLE("the block's transactions were withheld: its validity cannot be checked"),
    /** A light client can check a proof only against a header it has accepted. */
    UNKNOWN_BLOCK("the proof names a block whose header the client has not accepted"),
    /** A payment counts as settled only under enough work: the block and the blocks on top of it. */
    TOO_FEW_CONFIRMATIONS("the block holding the payment has fewer confirmations than required");

    private final String description;

    SettlementRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
