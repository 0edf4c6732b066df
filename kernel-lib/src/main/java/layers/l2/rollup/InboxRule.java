package layers.l2.rollup;

import layers.core.Rule;

/**
 * What the L1 inbox contract refuses, named after the errors of Arbitrum's {@code SequencerInbox}
 * ({@code NotBatchPoster}, {@code DelayedBackwards}, {@code DelayedTooFar}, {@code ForceIncludeTimeTooSoon}).
 */
public enum InboxRule implements Rule {
    NOT_BATCH_POSTER("only the rollup's batch poster may post batches"),
    DELAYED_BACKWARDS("a batch cannot read fewer delayed messages than the inbox has already sequenced"),
    DELAYED_TOO_FAR("a batch cannot read delayed messages the inbox has not received"),
    FORCE_INCLUDE_TOO_SOON("a delayed message can be forced in only once it is older than the force-inclusion delay"),
    NOTHING_TO_FORCE_INCLUDE("every delayed message has already been sequenced");

    private final String description;

    InboxRule(String description) {
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }
}
