package layers.l2.zk.sigma;

import layers.core.Rule;

/** The ways a Schnorr proof of knowledge can fail. */
public enum SigmaRule implements Rule {
    OUT_OF_RANGE("the challenge or the response is not a number modulo the group order n"),
    VERIFICATION_EQUATION("s·G is not R + c·P: the response does not answer the challenge for this commitment and key");

    private final String description;

    SigmaRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
