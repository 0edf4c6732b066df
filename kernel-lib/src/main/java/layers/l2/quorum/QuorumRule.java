package layers.l2.quorum;

import layers.core.Rule;

/** The rules a set of quorum signatures must keep, in the order they are checked. */
public enum QuorumRule implements Rule {
    NOT_A_MEMBER("a signature comes from a key that is not in the quorum"),
    DUPLICATE_SIGNER("a member signed twice; each member counts once"),
    INVALID_SIGNATURE("a member's BIP-340 signature does not verify for this message"),
    TOO_FEW_SIGNATURES("fewer distinct members signed than the threshold requires");

    private final String description;

    QuorumRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
