package layers.l2.validium;

/** Where a volition account's data goes. */
public enum DataChoice {
    /** Rollup mode: the data is posted on L1 (in a blob), so the account can always exit. */
    ON_CHAIN,
    /** Validium mode: the data is held by the committee; cheaper, and frozen if the committee withholds. */
    COMMITTEE
}
