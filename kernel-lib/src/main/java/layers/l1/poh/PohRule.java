package layers.l1.poh;

import layers.core.Rule;

/** The ways a proof-of-history segment can fail verification. */
public enum PohRule implements Rule {
    ZERO_HASHES("an entry claims no hashes since the previous one"),
    TICK_SPACING("a tick is not hashesPerTick hashes after the previous tick"),
    WRONG_HASH("re-hashing from the previous entry does not give the recorded hash");

    private final String description;

    PohRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
