package layers.l1.pos;

import layers.core.Rule;

/** The checks {@code process_attestation} makes that this model keeps, in the specification's order. */
public enum AttestationRule implements Rule {
    TARGET_EPOCH_NOT_RECENT("the target epoch is neither the previous nor the current epoch"),
    TARGET_EPOCH_MISMATCH("the target epoch is not the epoch of the attestation's slot"),
    WRONG_SOURCE("the source is not the justified checkpoint the state has for the target's epoch"),
    INVALID_INDICES("the validator indices are empty, unsorted or repeated"),
    NOT_ACTIVE("a listed validator is not active in the target epoch, so sits on no committee");

    private final String description;

    AttestationRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
