package layers.l2.bridge;

import layers.core.Rule;

/** The rules of a sidechain block, in the order they are checked (signatures: {@link layers.l2.quorum.QuorumRule}). */
public enum SidechainRule implements Rule {
    WRONG_HEIGHT("the block's height is not one more than the tip's"),
    WRONG_PARENT("the block does not build on the tip"),
    NOT_SIGNED_BY_VALIDATORS("the block does not carry enough of the sidechain's validators' signatures"),
    NON_POSITIVE_AMOUNT("a transaction moves zero or a negative amount"),
    INSUFFICIENT_BALANCE("a transfer or burn spends more than the sender holds"),
    DEPOSIT_ALREADY_MINTED("a mint names a deposit that was already minted");

    private final String description;

    SidechainRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
