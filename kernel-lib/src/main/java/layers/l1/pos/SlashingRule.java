package layers.l1.pos;

import layers.core.Rule;

/** The checks that attester-slashing evidence must pass, in the order {@code process_attester_slashing} makes them. */
public enum SlashingRule implements Rule {
    NOT_SLASHABLE("the two attestations are neither a double vote nor a surround vote (is_slashable_attestation_data)"),
    INVALID_INDICES("an attestation's validator indices are empty, unsorted or repeated (is_valid_indexed_attestation)"),
    UNKNOWN_VALIDATOR("an attestation names a validator index the registry does not have"),
    NOTHING_TO_SLASH("no validator signed both attestations and can still be slashed (slashed_any)");

    private final String description;

    SlashingRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
