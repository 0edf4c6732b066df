package layers.l2.bridge;

import layers.core.Rule;

/** The rules of a multisig bridge's release, in the order they are checked. */
public enum BridgeRule implements Rule {
    NON_POSITIVE_AMOUNT("the release pays zero or a negative amount"),
    NOT_SIGNED_BY_MULTISIG("the release does not carry m valid signatures of the bridge's n signers"),
    ALREADY_RELEASED("this withdrawal was already released"),
    EXCEEDS_LOCKED("the release pays more than the bridge holds");

    private final String description;

    BridgeRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
