package layers.l2.rollup;

import layers.core.Rule;

/**
 * What a node rebuilding the L2 chain from L1 data refuses: data that does not match the inbox's accumulators
 * (changed, dropped or reordered on its way to the reader), batches that do not decode or do not continue the chain,
 * and state commitments that re-execution contradicts.
 */
public enum DerivationRule implements Rule {
    DELAYED_ACCUMULATOR_MISMATCH("the delayed messages do not hash to the inbox's delayed accumulator"),
    SEQUENCE_ACCUMULATOR_MISMATCH("an inbox entry does not hash to the accumulator the inbox recorded for it"),
    MALFORMED_BATCH("a batch's bytes do not decode"),
    BLOCK_NUMBER_GAP("a batch's block does not follow the chain's last block"),
    TIMESTAMP_BEFORE_PARENT("a block's timestamp is before its parent's"),
    TIMESTAMP_AFTER_POSTING("a block's timestamp is after the L1 time its batch was posted"),
    DELAYED_MESSAGES_OUT_OF_RANGE("a block reads delayed messages backwards or beyond what its inbox entry reads"),
    OUTPUT_ROOT_MISMATCH("a posted state commitment differs from the output root re-execution gives");

    private final String description;

    DerivationRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
