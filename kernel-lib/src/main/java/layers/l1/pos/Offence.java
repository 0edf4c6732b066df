package layers.l1.pos;

/** The two votes Casper FFG forbids a validator to make, and the absence of either. */
public enum Offence {
    /** Two different attestations for the same target epoch. */
    DOUBLE_VOTE,
    /** One attestation's source-to-target span strictly contains the other's. */
    SURROUND_VOTE,
    /** The pair is allowed. */
    NONE
}
